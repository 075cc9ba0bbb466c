namespace RaQuan.Rendering.Pages;

/// <summary>A version of a page in another language: BCP 47 tag, the link's text in that language, and its path.</summary>
public sealed record LanguageLink(string Language, string Text, string Path);
