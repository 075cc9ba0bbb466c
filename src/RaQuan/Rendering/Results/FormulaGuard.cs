namespace RaQuan.Rendering.Results;

/// <summary>
/// Keeps a text cell of a downloaded CSV from running as a spreadsheet formula (CSV injection, OWASP): a cell that
/// starts with "=", "+", "-", "@", tab or carriage return gets a leading apostrophe, which spreadsheets show as text.
/// Figures are written by RaQuan itself and never pass through here, so "-5" stays a number.
/// </summary>
internal static class FormulaGuard
{
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
}
