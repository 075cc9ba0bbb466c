namespace RaQuan.Loading;

/// <summary>
/// What reading a plan file gave, without the file: its fields and where they stand, enough to make its
/// <see cref="PlanSource"/> again while the file keeps its bytes. An incremental build records it for each plan file
/// that depends on nothing else (no pasted document read, no warning; its attachments are checked again on the
/// disk), so the next build takes a plan file of the size and time recorded without reading or parsing it
/// (<see cref="PlanSourceCache"/>).
/// </summary>
/// <param name="TitleFromHeading">Whether the title is the body's first heading, which the page's body then leaves out.</param>
internal sealed record ParsedPlan(PlanFields Fields, SourceLocation SlugAt, string UnitSlug, SourceLocation UnitAt, int BodyLine, bool TitleFromHeading)
{
    // Every property of PlanFields that Write and Read carry; ListingDate is computed from them.
    private static readonly string[] Carried =
        [nameof(PlanFields.Title), nameof(PlanFields.Slug), nameof(PlanFields.Type), nameof(PlanFields.Number), nameof(PlanFields.Date),
         nameof(PlanFields.EffectiveDate), nameof(PlanFields.Issuer), nameof(PlanFields.Signer), nameof(PlanFields.Summary),
         nameof(PlanFields.Tags), nameof(PlanFields.Draft), nameof(PlanFields.PublishDate), nameof(PlanFields.ExpiryDate),
         nameof(PlanFields.Attachments), nameof(PlanFields.Aliases), nameof(PlanFields.Indicators), nameof(PlanFields.ListingDate)];

    /// <summary>
    /// Whether <see cref="Write"/> carries every field a plan has: a field added to <see cref="PlanFields"/> and not
    /// here makes every plan file read again rather than taken without it.
    /// </summary>
    public static bool CarriesEveryField { get; } = typeof(PlanFields).GetProperties().All(p => Carried.Contains(p.Name));

    /// <summary>The plan as its file <paramref name="fullPath"/> (shown as <paramref name="display"/>) gives it.</summary>
    public PlanSource Source(string fullPath, string display) =>
        new(Fields, SlugAt, UnitSlug, UnitAt, Reading: null, () => MarkdownFile.ReadBody(fullPath, TitleFromHeading), BodyLine, new SourceLocation(display, 1, 1));

    /// <summary>Whether each attachment is still in the content folder with the size it was read with.</summary>
    public bool AttachmentsAsRead(ContentPaths paths) =>
        Fields.Attachments.All(a => paths.ResolveInside(a.Path) is { } full && !paths.IsSpecial(full) && new FileInfo(full) is { Exists: true } info && info.Length == a.Length);

    /// <param name="file">The plan file's display path, which the locations in it are written without.</param>
    public void Write(BinaryWriter w, string file)
    {
        var f = Fields;
        w.Write(f.Title);
        w.Write(f.Slug);
        w.Write(f.Type);
        WriteOptional(w, f.Number);
        WriteDate(w, f.Date);
        WriteDate(w, f.EffectiveDate);
        WriteOptional(w, f.Issuer);
        w.Write(f.Signer is not null);
        if (f.Signer is { } signer)
        {
            w.Write(signer.Name);
            WriteList(w, signer.Authority, w.Write);
        }

        WriteOptional(w, f.Summary);
        WriteList(w, f.Tags, w.Write);
        w.Write(f.Draft);
        WriteDate(w, f.PublishDate);
        WriteDate(w, f.ExpiryDate);
        WriteList(w, f.Attachments, a =>
        {
            w.Write(a.Title);
            w.Write(a.Path);
            w.Write(a.Length);
        });
        WriteList(w, f.Aliases, w.Write);
        WriteList(w, f.Indicators, i =>
        {
            w.Write(i.Label);
            w.Write(i.Value);
            w.Write(i.Unit);
            WriteOptional(w, i.Qualifier);
        });
        WriteLocation(w, SlugAt, file);
        w.Write(UnitSlug);
        WriteLocation(w, UnitAt, file);
        w.Write(BodyLine);
        w.Write(TitleFromHeading);
    }

    /// <param name="file">The plan file's display path, as <see cref="Write"/> was given it.</param>
    public static ParsedPlan Read(BinaryReader r, string file)
    {
        var fields = new PlanFields
        {
            Title = r.ReadString(),
            Slug = r.ReadString(),
            Type = r.ReadString(),
            Number = ReadOptional(r),
            Date = ReadDate(r),
            EffectiveDate = ReadDate(r),
            Issuer = ReadOptional(r),
            Signer = r.ReadBoolean() ? new Signer(r.ReadString(), ReadList(r, r.ReadString)) : null,
            Summary = ReadOptional(r),
            Tags = ReadList(r, r.ReadString),
            Draft = r.ReadBoolean(),
            PublishDate = ReadDate(r),
            ExpiryDate = ReadDate(r),
            Attachments = ReadList(r, () => new Attachment(r.ReadString(), r.ReadString(), r.ReadInt64())),
            Aliases = ReadList(r, r.ReadString),
            Indicators = ReadList(r, () => new Indicator(r.ReadString(), r.ReadDecimal(), r.ReadString(), ReadOptional(r))),
        };
        return new ParsedPlan(fields, ReadLocation(r, file), r.ReadString(), ReadLocation(r, file), r.ReadInt32(), r.ReadBoolean());
    }

    private static void WriteOptional(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    // A day number, or -1 for none.
    private static void WriteDate(BinaryWriter w, DateOnly? date) => w.Write(date?.DayNumber ?? -1);

    private static DateOnly? ReadDate(BinaryReader r) => r.ReadInt32() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    private static void WriteList<T>(BinaryWriter w, IReadOnlyList<T> items, Action<T> write)
    {
        w.Write(items.Count);
        foreach (var item in items)
        {
            write(item);
        }
    }

    private static T[] ReadList<T>(BinaryReader r, Func<T> read)
    {
        var items = new T[r.ReadInt32()];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = read();
        }

        return items;
    }

    // Where a location is: nowhere (the default location, of a field not given), in the plan's own file (the name is
    // not written again), or in another.
    private enum Where : byte { Nowhere, InFile, Elsewhere }

    private static void WriteLocation(BinaryWriter w, SourceLocation at, string file)
    {
        var where = at.File is null ? Where.Nowhere : at.File == file ? Where.InFile : Where.Elsewhere;
        w.Write((byte)where);
        if (where == Where.Elsewhere)
        {
            w.Write(at.File!);
        }

        w.Write(at.Line);
        w.Write(at.Column);
        WriteOptional(w, at.Cell);
    }

    private static SourceLocation ReadLocation(BinaryReader r, string file)
    {
        var at = (Where)r.ReadByte() switch
        {
            Where.Nowhere => null,
            Where.InFile => file,
            Where.Elsewhere => r.ReadString(),
            var other => throw new FormatException($"no location is written as {other}"),
        };
        return new SourceLocation(at!, r.ReadInt32(), r.ReadInt32(), ReadOptional(r));
    }
}
