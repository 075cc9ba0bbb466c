using System.Reflection;
using System.Text;
using RaQuan.Rendering.Pages;
using RaQuan.Tests.Support;
using RaQuan.Themes.Default;

namespace RaQuan.Tests.Themes;

/// <summary>
/// docs/reference/themes.md lists every built-in template, the model it takes and that model's properties, as the
/// program has them: a template or property added without the page fails here. UPDATE_SNAPSHOTS=1 rewrites the list.
/// </summary>
public sealed class TemplateReferenceTests
{
    private const string Begin = "<!-- templates: written by TemplateReferenceTests -->";
    private const string End = "<!-- end of templates -->";

    [Fact]
    public void The_reference_lists_every_template_with_its_model_and_properties()
    {
        var path = Path.Combine(TestEnvironment.RepositoryRoot, "docs", "reference", "themes.md");
        var text = File.ReadAllText(path);
        var start = text.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = text.IndexOf(End, StringComparison.Ordinal);
        var expected = "\n" + Listing();
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, text[..start] + expected + text[end..]);
            return;
        }

        Assert.Equal(expected, text[start..end]);
    }

    private static string Listing()
    {
        var text = new StringBuilder();
        foreach (var group in ThemeTemplates.Names.GroupBy(n => n[..n.IndexOf('/')]))
        {
            text.Append("\n### ").Append(group.Key).Append("/\n\n| Template | Model | Properties of the model |\n|---|---|---|\n");
            foreach (var name in group)
            {
                var model = ThemeTemplates.ModelOf(name);
                text.Append($"| `{name[(name.IndexOf('/') + 1)..]}` | `{ThemeTemplates.Display(model)}` | {Properties(model)} |\n");
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>A page model's own properties (those of every page are listed once, under PageModel); a partial's all.</summary>
    private static string Properties(Type model)
    {
        if (!model.IsClass || model == typeof(string) || model.IsGenericType)
        {
            return "";
        }

        var flags = BindingFlags.Public | BindingFlags.Instance | (model != typeof(PageModel) && typeof(PageModel).IsAssignableFrom(model) ? BindingFlags.DeclaredOnly : 0);
        return string.Join(", ", model.GetProperties(flags)
            .Where(p => p.Name != "EqualityContract" && p.GetIndexParameters().Length == 0)
            .Select(p => $"`{p.Name}`: `{ThemeTemplates.Display(p.PropertyType)}`"));
    }
}
