using RaQuan.Model;

namespace RaQuan.Building;

/// <summary>The wording of YAML that YamlDotNet cannot read, or would read into a value without end: said as <see cref="InvalidYaml"/> says it.</summary>
internal static partial class ContentErrors
{
    /// <param name="before">The line the "[" or "{" runs into; null when it runs to the end of the text.</param>
    public static BuildError UnclosedFlow(SourceLocation at, char opener, int? before)
    {
        var closer = opener == '[' ? ']' : '}';
        return InvalidYaml(at, before is null
            ? $"the \"{opener}\" here is never closed with \"{closer}\""
            : $"the \"{opener}\" here is not closed with \"{closer}\" before line {before}");
    }

    public static BuildError UnreadableYaml(SourceLocation at) => InvalidYaml(at, "the text cannot be read as YAML from here on");

    public static BuildError UndefinedAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, $"\"*{anchor}\" repeats the value marked \"&{anchor}\", but no value before it is marked so");

    public static BuildError RecursiveAlias(SourceLocation at, string anchor) =>
        InvalidYaml(at, $"\"*{anchor}\" stands inside the value marked \"&{anchor}\" that it repeats, which would never end");
}
