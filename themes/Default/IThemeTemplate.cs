namespace RaQuan.Themes.Default;

/// <summary>What the renderer hands a <see cref="ThemeTemplate{TModel}"/> before it runs.</summary>
internal interface IThemeTemplate
{
    TemplateSet? Templates { get; set; }
}
