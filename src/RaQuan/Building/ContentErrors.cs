using RaQuan.Model;
using RaQuan.Text;

namespace RaQuan.Building;

/// <summary>The wording of every content error, in one place so messages stay consistent.</summary>
internal static partial class ContentErrors
{
    private const string MoveAttachment = "move the file into files/ (for example files/ke-hoach.pdf) and give that path: an attachment is published at its path in the site folder, where RaQuan writes its own files";
    private const string MoveStaticFile = "rename or move it: every file in static/ is copied to the same path in the site, where RaQuan writes its own";

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

    public static BuildError UnitLevel(SourceLocation at, string name, UnitKind kind, Unit? parent, string rule) => new(BuildStage.Load, at,
        $"{kind.Name()} {name} cannot stand {(parent is null ? "at the top of the tree" : $"under {parent.FullName}")}: {rule}",
        "move the unit or correct its kind: a province holds communes, wards and special zones (xã, phường, đặc khu) directly, or, on the map before July 2025, districts (huyện, thị xã, thành phố) holding communes, wards and townships (xã, phường, thị trấn)");

    public static BuildError InvalidAlias(SourceLocation at, string alias) => new(BuildStage.Load, at,
        $"aliases: \"{alias}\" is not an address of this site",
        "write the old address relative to the site, in lower-case ASCII letters, digits and hyphens: \"ke-hoach/ten-cu/\"");

    public static BuildError AliasTaken(SourceLocation at, string alias) => new(BuildStage.Assemble, at,
        $"aliases: \"{alias}\" is the address of a page of the site, or an alias of another plan",
        "remove it from aliases: only an address no page has any more can send readers on");

    public static BuildError PageGone(SourceLocation at, string url, string? nowAt) => new(BuildStage.Write, at,
        $"{url} was published by the last build and is gone{(nowAt is null ? "" : $": the plan now has the address {nowAt}")}",
        nowAt is null
            ? "if the page moved, add its old address to the aliases of the page that replaces it (aliases: [\"…\"]); links and search results pointing at it will break otherwise"
            : "put back its old slug (slug: …) or add the old address to its aliases (aliases: [\"…\"]), so links to it keep working")
    {
        IsWarning = true,
    };

    public static BuildError MergerCycle(SourceLocation at, IReadOnlyList<Unit> cycle) => new(BuildStage.Assemble, at,
        $"the mergers go round in a circle: {string.Join(" → ", cycle.Select(u => $"{u.FullName} ({u.Slug})"))}",
        "a unit is merged into a unit that stays on the map: point merged_into at the unit that took it over, and remove merged_into from that unit");

    public static BuildError MergerInFuture(SourceLocation at, Unit unit, DateOnly date, DateOnly today) => new(BuildStage.Assemble, at,
        $"{unit.FullName} is merged on {VietnameseDate.FormatShort(date)}, after the day of the build ({VietnameseDate.FormatShort(today)})",
        "check the date of the merger (the date the resolution takes effect), or add merged_into once it has taken effect")
    {
        // A warning, not an error: a site rebuilt with --now for a past day (as its tests do) keeps the mergers it records.
        IsWarning = true,
    };

    public static BuildError UnitMergedBeforeDocument(SourceLocation at, Unit unit, Unit old, UnitMerger merger, DateOnly date) => new(BuildStage.Assemble, at,
        $"{unit.FullName} ({unit.Slug}) is on the old map on {VietnameseDate.FormatShort(date)}, the document's date: "
        + $"{(old == unit ? "it" : old.FullName)} became part of {merger.Target?.FullName ?? merger.UnitSlug} on {VietnameseDate.FormatShort(merger.Date)}",
        $"use the unit of the new map ({merger.Target?.Slug ?? merger.UnitSlug} or one of its units), or check the document's date")
    {
        IsWarning = true,
    };

    public static BuildError UnknownUnit(SourceLocation at, string slug, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(slug, known);
        return new(BuildStage.Assemble, at, $"unit \"{slug}\" is not in units.yml",
            suggestion is null ? "use the slug of a unit listed in units.yml, or add the unit there" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError UnmatchedLocality(SourceLocation at, string locality, IEnumerable<string> candidates)
    {
        var list = candidates.ToList();
        return new(BuildStage.Assemble, at,
            list.Count == 0
                ? $"the document is issued by {locality}, which is not in units.yml"
                : $"the document is issued by {locality}, which matches several units: {string.Join(", ", list)}",
            "add \"unit: <slug>\" to the front matter (a --- block at the top of the file), or add the unit to units.yml");
    }

    public static BuildError SlugCollision(SourceLocation at, string what, string slug, SourceLocation other) => new(BuildStage.Assemble, at,
        $"{what} slug \"{slug}\" is already used by {other}",
        "give one of the two a different \"slug:\" (or a different title) so each has its own address");

    public static BuildError InvalidSlug(SourceLocation at, string slug) => new(BuildStage.Load, at,
        $"slug \"{slug}\" is not allowed",
        "a slug is lower-case ASCII letters, digits and single hyphens, such as ke-hoach-66-kh-ubnd");

    public static BuildError ReservedSlug(SourceLocation at, string slug) => new(BuildStage.Assemble, at,
        $"page slug \"{slug}\" is used by RaQuan itself", "give the page another slug");

    public static BuildError NoPlanDate(SourceLocation at) => new(BuildStage.Load, at,
        "the plan has no date: feeds and lists need one to sort it",
        "add a line such as \"publish_date: 2024-02-20\" (the day it goes online) or \"date: 2024-02-20\" (the day it was signed) to the front matter");

    public static BuildError NoTitle(SourceLocation at) => new(BuildStage.Load, at,
        "the plan has no title", "add \"title: ...\" to the front matter, or start the text with a heading");

    public static BuildError MissingAttachment(SourceLocation at, string path) => new(BuildStage.Load, at,
        $"attachment \"{path}\" does not exist", "put the file in the site folder (for example files/ke-hoach-66.pdf) and give its path relative to that folder");

    public static BuildError UnsafePath(SourceLocation at, string path) => new(BuildStage.Load, at,
        $"path \"{Printable(path)}\" points outside the site folder", "give a path inside the site folder, such as files/ke-hoach.pdf, without \"..\" or a leading \"/\"");

    public static BuildError StaticOverwrites(string file, string output) => new(BuildStage.Write, new SourceLocation(file),
        $"the static file would overwrite the generated {(output.EndsWith(".html", StringComparison.Ordinal) ? "page" : "file")} \"{output}\"",
        MoveStaticFile);

    public static BuildError StaticUnsafeName(string file) => new(BuildStage.Write, new SourceLocation(file),
        "the name of the static file holds a backslash (\\) or a control character, which web servers read as a folder separator or cannot serve",
        "rename it using letters, digits, hyphens and dots only");

    public static BuildError StaticClashesWithFolder(string file, string output) => new(BuildStage.Write, new SourceLocation(file),
        $"the static file and the generated file \"{output}\" would need the same name for a file and a folder", MoveStaticFile);

    public static BuildError AttachmentOverwrites(SourceLocation at, string path, string output) => new(BuildStage.Write, at,
        $"the attachment \"{path}\" would overwrite the generated {(output.EndsWith(".html", StringComparison.Ordinal) ? "page" : "file")} \"{output}\"",
        MoveAttachment);

    public static BuildError AttachmentClashesWithFolder(SourceLocation at, string path, string output) => new(BuildStage.Write, at,
        $"the attachment \"{path}\" and the generated file \"{output}\" would need the same name for a file and a folder", MoveAttachment);

    public static BuildError HiddenStaticFile(string file) => new(BuildStage.Load, new SourceLocation(file.TrimEnd('/')),
        $"{(file.EndsWith('/') ? "the folder" : "the file")} is not published: names starting with \".\" (.env, .git/) hold secrets or editor settings, and only .well-known/ is served",
        "move it out of static/ if it is not meant for the site; rename it without the leading \".\" if it is", IsWarning: true);

    public static BuildError OutputNotRemovable(string folder) => new(BuildStage.Write, new SourceLocation(folder),
        "the folder of the previous site cannot be changed (it is read-only), so the new site cannot replace it; nothing was published",
        $"make it writable (chmod -R u+w \"{folder}\") or delete the output folder, then build again");

    public static BuildError OutputNotEmpty(string output) => new(BuildStage.Write, new SourceLocation(output),
        "the output folder holds files that RaQuan did not write, and building would delete them",
        $"give an empty or new folder with -o, or add --force to replace everything in {output}");

    public static BuildError OutputInsideContent(string output) => new(BuildStage.Write, new SourceLocation(output),
        "the output folder is inside the content folder, so every build would publish the previous one again",
        "write the site beside the content folder, for example: raquan build content -o _site");

    public static BuildError SpecialFileSkipped(string file) => new(BuildStage.Load, new SourceLocation(file),
        "the file is a named pipe, socket or device, not a file with content; it is skipped", "remove it from the site folder", IsWarning: true);

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

    public static BuildError NotUnicode(SourceLocation at, byte value) => new(BuildStage.Load, at,
        $"the file is not UTF-8 text: the byte 0x{value:X2} here is not a character",
        "delete or type again the character at this place, and save the file as \"UTF-8\" in your editor");

    public static BuildError NoSiteFolder(string folder) => new(BuildStage.Load, new SourceLocation(folder),
        "the folder holds no site.yml, so it is not a site's content folder",
        "run the command in the content folder (the one with site.yml), or name it: --site content");

    public static BuildError ScannedPdf(string file) => new(BuildStage.Load, new SourceLocation(file),
        "the PDF has no text layer: it is a scanned image, and RaQuan does not read text from images (no OCR)",
        "import the Word file (.docx) of the document, or a text copy of it (.txt); keep the PDF as the plan's attachment");

    /// <param name="command">The raquan command that met the file: "import" and "inspect" read legacy text themselves with --from.</param>
    public static BuildError LegacyText(string file, LegacyText found, string command = "convert") => new(BuildStage.Load, new SourceLocation(file, found.Line),
        $"the text is in the old {LegacyEncodings.Name(found.Encoding)} encoding, not Unicode: \"{found.Word}\" should read \"{found.Meant}\"",
        command == "convert"
            ? $"convert the file: raquan convert --from {LegacyEncodings.Option(found.Encoding)} {file}   (or convert it to Unicode with Unikey and save it as UTF-8)"
            : $"run raquan {command} --from {LegacyEncodings.Option(found.Encoding)} {file}");

    // A NUL or other control character in a path would garble the terminal that shows the message.
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    public static BuildError InvalidDateTime(SourceLocation at, string key, string problem) => new(BuildStage.Load, at,
        $"{key}: {problem}", "write the date and time as 20/02/2024 08:30, 2024-02-20T08:30 or 08h30 20/02/2024 (a date alone is an all-day ceremony)");

    public static BuildError WeekdayMismatch(SourceLocation at, string key, string weekday, DateTime date) => new(BuildStage.Load, at,
        $"{key}: \"{weekday}\" does not match {Text.VietnameseDate.FormatShort(DateOnly.FromDateTime(date))}, which is a {Text.VietnameseDate.WeekdayName(date.DayOfWeek)}",
        "correct the weekday or the date: citizens read both, and one of them is wrong");

    public static BuildError EndBeforeStart(SourceLocation at, DateTime start, DateTime end) => new(BuildStage.Load, at,
        $"the ceremony ends ({Local(end)}) before it starts ({Local(start)})",
        "check the end and start; a ceremony past midnight ends on the next day, such as end: 21/02/2024 01:00");

    public static BuildError EndAndDuration(SourceLocation at) => new(BuildStage.Load, at,
        "both end and duration are given", "keep one of them: end (10:00 or 20/02/2024 10:00) or duration (60 phút)");

    public static BuildError InvalidDuration(SourceLocation at, string text) => new(BuildStage.Load, at,
        $"duration: \"{text}\" is not a length of time", "write it as 60 phút, 1 giờ 30 phút, 2 giờ or 2 ngày");

    public static BuildError UnknownStatus(SourceLocation at, string text) => new(BuildStage.Load, at,
        $"status: \"{text}\" is not a ceremony status", "use scheduled (dự kiến), postponed (hoãn), cancelled (hủy) or held (đã tổ chức)");

    public static BuildError PostponedToNeedsPostponed(SourceLocation at, string status) => new(BuildStage.Load, at,
        $"postponed_to is given but the status is \"{status}\"", "write status: postponed, or remove postponed_to");

    public static BuildError UnknownCeremonyUnit(SourceLocation at, string text, string? suggestion) => new(BuildStage.Assemble, at,
        $"unit \"{text}\" is not in units.yml",
        suggestion is null ? "give the slug or the name of a unit listed in units.yml, or add the unit there" : $"did you mean \"{suggestion}\"?");

    public static BuildError AmbiguousUnit(SourceLocation at, string text, IEnumerable<string> candidates) => new(BuildStage.Assemble, at,
        $"unit \"{text}\" matches several units: {string.Join(", ", candidates)}", "give the unit's slug, or its kind and name (\"huyện Đắk Hà\")");

    public static BuildError CsvMissingColumns(SourceLocation at, int found, int expected) => new(BuildStage.Load, at,
        $"the row has {found} columns but the header has {expected}",
        "give every column, leaving a cell empty between two separators (,,) when it has no value; put cells that contain a separator in double quotes");

    public static BuildError CsvUnknownColumn(SourceLocation at, string header, IEnumerable<string> known)
    {
        var suggestion = Suggestions.Closest(header, known);
        return new(BuildStage.Load, at, $"unknown column \"{header}\"",
            suggestion is null ? $"use the columns: {string.Join(", ", known)}" : $"did you mean \"{suggestion}\"?");
    }

    public static BuildError CsvMissingColumn(SourceLocation at, string column, string vietnamese) => new(BuildStage.Load, at,
        $"the header has no \"{vietnamese}\" column", $"add a column \"{vietnamese}\" (or \"{column}\") to the first line");

    public static BuildError InvalidCsv(SourceLocation at, string problem) => new(BuildStage.Load, at,
        $"the CSV file cannot be read: {problem}", "save it from a spreadsheet as \"CSV UTF-8\"; put cells that hold quotes in double quotes");

    private static string Local(DateTime time) => time.ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
