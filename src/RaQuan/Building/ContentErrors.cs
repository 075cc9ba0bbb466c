using RaQuan.Model;
using RaQuan.Text;

namespace RaQuan.Building;

/// <summary>The wording of every content error, in one place so messages stay consistent.</summary>
internal static class ContentErrors
{
    public static BuildError InvalidYaml(SourceLocation at, string problem) => new(BuildStage.Load, at,
        $"the YAML is not valid: {problem}",
        "check the indentation (spaces, not tabs) and put quotes around values that contain ':' or start with a special character");

    public static BuildError UnknownField(SourceLocation at, string key, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(key, known);
        return new(BuildStage.Load, at, $"unknown field \"{key}\"",
            suggestion is null
                ? $"remove it, or use one of: {string.Join(", ", known)}"
                : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError MissingField(SourceLocation at, string key, string example) => new(BuildStage.Load, at,
        $"the required field \"{key}\" is missing", $"add a line such as: {key}: {example}");

    public static BuildError WrongShape(SourceLocation at, string key, string expected) => new(BuildStage.Load, at,
        $"\"{key}\" should be {expected}", null);

    public static BuildError InvalidValue(SourceLocation at, string key, string problem, string fix) => new(BuildStage.Load, at,
        $"{key}: {problem}", fix);

    public static BuildError InvalidDate(SourceLocation at, string key, string problem) => new(BuildStage.Load, at,
        $"{key}: {problem}", "write the date as dd/MM/yyyy (20/02/2024) or yyyy-MM-dd (2024-02-20), and check that the day exists");

    public static BuildError UnknownUnitKind(SourceLocation at, string kind) => new(BuildStage.Load, at,
        $"\"{kind}\" is not a kind of administrative unit", $"use one of: {string.Join(", ", UnitKinds.Names)}");

    public static BuildError UnitLevel(SourceLocation at, string name, UnitKind kind, int depth) => new(BuildStage.Load, at,
        $"{kind.Name()} {name} cannot stand at level {depth} of the tree",
        "a province holds districts (huyện, thị xã, thành phố) and a district holds communes (xã, phường, thị trấn); move the unit or correct its kind");

    public static BuildError UnknownUnit(SourceLocation at, string slug, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(slug, known);
        return new(BuildStage.Assemble, at, $"unit \"{slug}\" is not in units.yml",
            suggestion is null ? "use the slug of a unit listed in units.yml, or add the unit there" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError SlugCollision(SourceLocation at, string what, string slug, SourceLocation other) => new(BuildStage.Assemble, at,
        $"{what} slug \"{slug}\" is already used by {other}",
        "give one of the two a different \"slug:\" (or a different title) so each has its own address");

    public static BuildError InvalidSlug(SourceLocation at, string slug) => new(BuildStage.Load, at,
        $"slug \"{slug}\" is not allowed",
        "a slug is lower-case ASCII letters, digits and single hyphens, such as ke-hoach-66-kh-ubnd");

    public static BuildError ReservedSlug(SourceLocation at, string slug) => new(BuildStage.Assemble, at,
        $"page slug \"{slug}\" is used by RaQuan itself", "give the page another slug");

    public static BuildError NoTitle(SourceLocation at) => new(BuildStage.Load, at,
        "the plan has no title", "add \"title: ...\" to the front matter, or start the text with a heading");

    public static BuildError MissingAttachment(SourceLocation at, string path) => new(BuildStage.Load, at,
        $"attachment \"{path}\" does not exist", "put the file in the site folder (for example files/ke-hoach-66.pdf) and give its path relative to that folder");

    public static BuildError UnsafePath(SourceLocation at, string path) => new(BuildStage.Load, at,
        $"path \"{Printable(path)}\" points outside the site folder", "give a path inside the site folder, such as files/ke-hoach.pdf, without \"..\" or a leading \"/\"");

    public static BuildError MissingFile(string file, string what) => new(BuildStage.Load, new SourceLocation(file),
        $"{file} is missing", $"create it: {what}");

    public static BuildError UnclosedFrontMatter(SourceLocation at) => new(BuildStage.Load, at,
        "the front matter that starts here is never closed", "add a line with only --- after the last front matter field");

    public static BuildError LinkOutside(string link, string target, bool unresolved) => new(BuildStage.Load, new SourceLocation(link),
        unresolved
            ? $"the symbolic link {link} → {target} cannot be followed (it is broken or loops)"
            : $"the symbolic link {link} → {target} points outside the site folder",
        "copy the file or folder into the site folder instead of linking to it");

    public static BuildError BackslashPath(SourceLocation at, string path) => new(BuildStage.Load, at,
        $"path \"{path}\" uses \"\\\" (a Windows path)", "write it relative to the site folder with \"/\", such as files/ke-hoach.pdf");

    public static BuildError NotUnicode(string file, string problem) => new(BuildStage.Load, new SourceLocation(file, 1),
        problem, null);

    public static BuildError LegacyText(string file, LegacyText found) => new(BuildStage.Load, new SourceLocation(file, found.Line),
        $"the text is in the old {LegacyEncodings.Name(found.Encoding)} encoding, not Unicode: \"{found.Word}\" should read \"{found.Meant}\"",
        $"convert the file: raquan convert --from {LegacyEncodings.Option(found.Encoding)} {file}   (or convert it to Unicode with Unikey and save it as UTF-8)");

    // A NUL or other control character in a path would garble the terminal that shows the message.
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
