namespace RaQuan.Rendering.Pages;

/// <summary>The English page (Nghị định 42/2022/NĐ-CP Art. 7): the publisher's name, role and official contacts.</summary>
public sealed record EnglishPageModel : PageModel
{
    public const string LanguageTag = "en";

    public override PageKind Kind => PageKind.English;
    public override string Language => LanguageTag;

    /// <summary>The publisher's English name, else its Vietnamese one.</summary>
    public required string PublisherName { get; init; }

    public override string DocumentTitle => $"{Title} – {PublisherName}";
}
