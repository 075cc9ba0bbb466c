namespace RaQuan.Vietnamese;

/// <summary>
/// What converting a file from a legacy encoding gives: the Unicode text, or why it was not converted. A file that
/// is already Unicode Vietnamese is refused (read as TCVN3, "tháng" becomes "thỏng"), and so is one whose converted
/// text would not give back the same legacy text, since converting it would lose something.
/// </summary>
/// <param name="Text">The converted text, NFC; null when the file was refused.</param>
/// <param name="AlreadyUnicode">The file is UTF-8 holding Vietnamese in Unicode (or no legacy text at all).</param>
/// <param name="Line">The first line that does not convert back to itself, 1-based; 0 when every line does.</param>
/// <param name="Original">That line as the file has it.</param>
public sealed record LegacyConversion(string? Text, bool AlreadyUnicode = false, int Line = 0, string? Original = null);
