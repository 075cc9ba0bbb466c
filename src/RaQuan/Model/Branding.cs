namespace RaQuan.Model;

/// <summary>
/// <c>theme:</c> in site.yml: the portal's own identity, without code. Every part is optional; what is not given
/// keeps the built-in theme's look.
/// </summary>
/// <param name="Logo">The agency's logo or emblem (SVG or PNG in the content folder), shown in the header.</param>
/// <param name="Header">Lines shown in the header above the site's title ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI").</param>
/// <param name="Favicon">The browser tab's icon (ICO, PNG or SVG in the content folder).</param>
/// <param name="Footer">The publisher block the rules for government portals ask for; else site.yml's publisher.</param>
/// <param name="Assets">The site's own theme's assets folder (<c>themes/NAME/assets/</c>), whose files replace or add to the built-in ones.</param>
/// <param name="Folder">The site's own theme folder (<c>themes/NAME/</c>), whose templates replace the built-in ones of the same name.</param>
public sealed record Branding(
    BrandFile? Logo,
    IReadOnlyList<string> Header,
    BrandColors Colors,
    BrandFile? Favicon,
    BrandFooter? Footer,
    string? Assets = null,
    SiteThemeFolder? Folder = null)
{
    public static Branding None { get; } = new(null, [], BrandColors.Default, null, null);
}

/// <summary>A file of the content folder the theme publishes under its own name.</summary>
/// <param name="Source">Full path of the file in the content folder.</param>
/// <param name="Path">Where the site publishes it ("assets/logo.svg").</param>
public sealed record BrandFile(string Source, string Path, string MediaType);

/// <summary>The theme's colours as CSS hex values ("#7a1212").</summary>
/// <param name="Brand">Behind the header's white text, and the rules under headings.</param>
/// <param name="Link">Links, on white and on the light grey of lists and the footer.</param>
/// <param name="Accent">Behind dark text where focus and the skip link are highlighted.</param>
public sealed record BrandColors(string Brand, string Link, string Accent)
{
    public static BrandColors Default { get; } = new("#7a1212", "#0a4a94", "#ffdd00");
}

/// <summary>The publisher block of the footer.</summary>
/// <param name="Agency">Cơ quan chủ quản.</param>
/// <param name="Responsible">Người chịu trách nhiệm nội dung.</param>
/// <param name="Licence">A line such as "Ghi rõ nguồn … khi phát hành lại thông tin từ trang này".</param>
public sealed record BrandFooter(string? Agency, string? Responsible, string? Address, string? Phone, string? Email, string? Licence);
