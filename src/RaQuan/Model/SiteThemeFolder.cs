namespace RaQuan.Model;

/// <summary>A site's own theme folder, <c>themes/NAME/</c>, as site.yml's <c>theme.name</c> picks it.</summary>
/// <param name="Path">Its full path.</param>
/// <param name="ShownAs">How errors name it: "themes/NAME".</param>
public sealed record SiteThemeFolder(string Path, string ShownAs);
