namespace RaQuan.Documents;

/// <summary>
/// One line of the input. <paramref name="Text"/> keeps the Markdown the staff pasted; <paramref name="Plain"/>
/// drops emphasis, heading markers and footnote marks so that recognisers see only the words.
/// </summary>
internal sealed record SourceLine(int Number, string Text, string Plain)
{
    public bool IsBlank => Plain.Length == 0;
}
