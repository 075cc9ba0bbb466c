namespace RaQuan.Loading;

/// <summary>What a content file holds, for its size limit (<see cref="ContentLimits"/>) and the advice when it is past it.</summary>
internal enum ContentFileKind
{
    /// <summary>A plan or page, or a document given to <c>raquan import</c> or <c>inspect</c>.</summary>
    Markdown,

    /// <summary>Ceremonies or the figures of a result table.</summary>
    Csv,

    /// <summary>site.yml, units.yml, and the YAML of ceremonies and result tables.</summary>
    Yaml,
}
