using YamlDotNet.RepresentationModel;

namespace RaQuan.Loading;

/// <summary>Reads <c>plans/*.md</c>.</summary>
internal static class PlanLoader
{
    private static readonly string[] SignerKeys = ["name", "authority"];
    private static readonly string[] AttachmentKeys = ["title", "path"];

    /// <summary>Longest slug made from a title; Vietnamese document titles run to 200 characters and more.</summary>
    private const int MaxSlugFromTitle = 80;

    /// <param name="bytesRead">Given the file's bytes as read (<see cref="MarkdownFile.Read"/>).</param>
    public static PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics, Action<ReadOnlySpan<byte>>? bytesRead = null) =>
        Load(fullPath, paths, diagnostics, bytesRead, out _);

    /// <param name="parsed">What the plan was read as, when it is made from its file alone (no pasted document read).</param>
    public static PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics, Action<ReadOnlySpan<byte>>? bytesRead, out ParsedPlan? parsed)
    {
        parsed = null;
        // The body is read here only for a title or a document's details the front matter does not give; otherwise
        // when the page is made.
        if (MarkdownFile.Read(
                fullPath, paths, PlanFieldTable.Keys, diagnostics, needsBody: f => f.Node("title") is not YamlScalarNode { Value: { } title } || string.IsNullOrWhiteSpace(title), bytesRead)
            is not { } file)
        {
            return null;
        }

        var f = file.Fields;
        var reading = DocumentMetadata.ReadIfDocument(file);
        if (reading is not null)
        {
            DocumentMetadata.ReportWarnings(reading, file.Source, file.BodyLine, diagnostics);
        }

        var title = f.String("title") ?? reading?.Title;
        Func<string> readBody = () => MarkdownFile.ReadBody(fullPath, titleFromHeading: false);
        var titleFromHeading = false;
        if (DocumentMetadata.UsesReaderBody(reading))
        {
            var documentBody = reading!.Body;
            readBody = () => documentBody;

            // The reader rebuilds lists from the pasted text; the pasted text itself was checked while reading the file.
            if (!file.NestedTooDeep && MarkdownNesting.TooDeep(documentBody) is var (_, depth))
            {
                diagnostics.Add(ContentErrors.NestedTooDeep(file.Source with { Line = file.BodyLine }, depth));
            }
        }
        else if (title is null)
        {
            (title, _) = file.TitleFromHeading();
            readBody = () => MarkdownFile.ReadBody(fullPath, titleFromHeading: true);
            titleFromHeading = true;
        }

        if (title is null)
        {
            diagnostics.Add(ContentErrors.NoTitle(file.Source));
        }

        // A read document names its issuing unit itself; the assemble stage matches it against units.yml.
        var unit = reading?.Locality is not null && !f.Has("unit")
            ? ""
            : f.RequiredString("unit", UiLanguage.Format(Messages.ExampleUnitSlug, "kon-ray"));
        var slug = f.String("slug") ?? SlugFromTitle(title ?? "");
        if (title is not null && !Slug.IsValid(slug))
        {
            diagnostics.Add(ContentErrors.InvalidSlug(f.At("slug"), slug));
        }

        var date = f.Date("date") ?? reading?.Date;
        var publishDate = f.Date("publish_date");
        // A document pasted as it was signed normally gives its own date; where the reader found none it is a
        // warning, not an error, so a pasted text is never refused for what the reader could not read.
        if (date is null && publishDate is null && !f.Has("date") && !f.Has("publish_date"))
        {
            var error = ContentErrors.NoPlanDate(file.Source);
            diagnostics.Add(reading is null ? error : error with { IsWarning = true });
        }

        var fields = PlanFieldTable.Read(new PlanFieldSource(f, reading, paths),
            new PlanFields { Title = title ?? "", Slug = slug, Date = date, PublishDate = publishDate });
        var plan = new PlanSource(
            Fields: fields,
            SlugAt: f.Has("slug") ? f.At("slug") : file.Source,
            UnitSlug: unit ?? "",
            UnitAt: f.At("unit"),
            Reading: reading,
            ReadBody: readBody,
            BodyLine: file.BodyLine,
            Source: file.Source);
        if (title is null || unit is null)
        {
            return null;
        }

        if (reading is null)
        {
            parsed = new ParsedPlan(plan.Fields, plan.SlugAt, plan.UnitSlug, plan.UnitAt, plan.BodyLine, titleFromHeading);
        }

        return plan;
    }

    /// <summary>
    /// <c>aliases</c>: the plan's old addresses, relative to the site ("ke-hoach/ten-cu/", a leading "/" allowed), each
    /// of which gets a page sending readers on to the plan's address.
    /// </summary>
    internal static IReadOnlyList<string> ReadAliases(YamlFields f)
    {
        var aliases = new List<string>();
        foreach (var written in f.StringList("aliases"))
        {
            var path = written.Trim().Trim('/');
            if (path.Length == 0 || !path.Split('/').All(Slug.IsValid))
            {
                f.Diagnostics.Add(ContentErrors.InvalidAlias(f.At("aliases"), written));
                continue;
            }

            aliases.Add(path + "/");
        }

        return aliases;
    }

    /// <summary>The slug a plan gets from its title when it gives none.</summary>
    public static string SlugFromTitle(string title)
    {
        var slug = Slug.From(title);
        if (slug.Length <= MaxSlugFromTitle)
        {
            return slug;
        }

        var cut = slug.LastIndexOf('-', MaxSlugFromTitle);
        return cut > 0 ? slug[..cut] : slug[..MaxSlugFromTitle];
    }

    internal static Signer? ReadSigner(YamlFields f)
    {
        switch (f.Node("signer"))
        {
            case null:
                return null;
            case YamlScalarNode:
                return f.String("signer") is { } name ? new Signer(name, []) : null;
            case YamlMappingNode map:
                var s = f.Child(map, SignerKeys);
                var signerName = s.RequiredString("name", "\"Nguyễn Văn A\"");
                return signerName is null ? null : new Signer(signerName, s.StringList("authority"));
            case var other:
                f.Diagnostics.Add(ContentErrors.WrongShape(f.At(other), "signer", Messages.ShapeSigner));
                return null;
        }
    }

    internal static List<Attachment> ReadAttachments(YamlFields f, ContentPaths paths)
    {
        var list = new List<Attachment>();
        if (f.Node("attachments") is not YamlSequenceNode seq)
        {
            if (f.Node("attachments") is { } wrong)
            {
                f.Diagnostics.Add(ContentErrors.WrongShape(f.At(wrong), "attachments", Messages.ShapeAttachments));
            }

            return list;
        }

        foreach (var item in seq)
        {
            var (title, path, at) = item switch
            {
                YamlScalarNode s => (null, s.Value, f.At(item)),
                YamlMappingNode m when f.Child(m, AttachmentKeys) is var a => (a.String("title"), a.RequiredString("path", "files/ke-hoach.pdf"), f.At(item)),
                _ => (null, null, f.At(item)),
            };
            if (string.IsNullOrWhiteSpace(path))
            {
                continue;
            }

            path = path.Trim();
            // "files\ke-hoach.pdf" typed on Windows would be fine with "/"; "..\..\x" or "C:\x" would not.
            if (path.Contains('\\') && paths.ResolveInside(path.Replace('\\', '/')) is not null)
            {
                f.Diagnostics.Add(ContentErrors.BackslashPath(at, path));
            }
            else if (paths.ResolveInside(path) is not { } full)
            {
                f.Diagnostics.Add(ContentErrors.UnsafePath(at, path));
            }
            else if (!File.Exists(full) || paths.IsSpecial(full))
            {
                f.Diagnostics.Add(ContentErrors.MissingAttachment(at, path));
            }
            else
            {
                list.Add(new Attachment(title ?? Path.GetFileName(path), path.Replace('\\', '/'), new FileInfo(full).Length));
            }
        }

        return list;
    }
}
