using RaQuan.Themes.Default.Templates;
using RazorLight;

namespace RaQuan.Themes.Default;

/// <summary>The built-in templates as a site sees them: their names, the model each takes, and their text.</summary>
public static class ThemeTemplates
{
    /// <summary>"Layout/Document", "Shared/PlanFacts", "Views/PlanView", …, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. BuiltInTemplates.Factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The model type the template takes (<c>@inherits ThemeTemplate&lt;TModel&gt;</c>).</summary>
    public static Type ModelOf(string name) => ModelOf(BuiltInTemplates.Factories[name]().GetType())
        ?? throw new InvalidOperationException($"{name} is not a ThemeTemplate");

    /// <summary>
    /// The template a name means: the whole name ("Views/PlanView") or its last part ("PlanView"), with or without
    /// ".cshtml"; null when no template or more than one has it.
    /// </summary>
    public static string? Find(string name)
    {
        var bare = name.Replace('\\', '/').Trim().TrimEnd('/');
        bare = bare.EndsWith(".cshtml", StringComparison.OrdinalIgnoreCase) ? bare[..^".cshtml".Length] : bare;
        var matches = Names.Where(n => string.Equals(n, bare, StringComparison.OrdinalIgnoreCase)
            || string.Equals(n[(n.IndexOf('/') + 1)..], bare, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches is [var only] ? only : null;
    }

    /// <summary>The text of the built-in template, as RaQuan compiled it.</summary>
    public static string Text(string name)
    {
        using var stream = typeof(ThemeTemplates).Assembly.GetManifestResourceStream("templates/" + name + ".cshtml")
            ?? throw new InvalidOperationException($"no built-in template {name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>A type as C# writes it: "IReadOnlyList&lt;Indicator&gt;".</summary>
    public static string Display(Type type) => Nullable.GetUnderlyingType(type) is { } value ? Display(value) + "?"
        : type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Display))}>"
        : type.Name;

    internal static Type? ModelOf(Type? type)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(TemplatePage<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return null;
    }
}
