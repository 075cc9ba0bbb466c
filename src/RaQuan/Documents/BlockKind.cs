namespace RaQuan.Documents;

/// <summary>What a Markdown block is; list items are joined without blank lines so that they stay one list.</summary>
internal enum BlockKind
{
    Heading,
    Paragraph,
    Item,
    SubItem,
    Table,
    Rule,
}
