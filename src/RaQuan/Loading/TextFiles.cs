using System.Text;
using RaQuan.Text;

namespace RaQuan.Loading;

/// <summary>Reads content files the way staff produce them: any common Unicode encoding, any line ending.</summary>
internal static class TextFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads UTF-8 (with or without BOM) or UTF-16 (with BOM); returns NFC text with "\n" line ends.</summary>
    public static string Read(string path) => Decode(File.ReadAllBytes(path));

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            text = Decode(StrictUtf8, bytes[3..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            text = Decode(StrictUtf8, bytes);
        }

        return VietnameseText.Nfc(NormalizeLineEnds(text));
    }

    private static string Decode(UTF8Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException(
                $"the file is not UTF-8 text (byte {e.Index} is invalid); save it as \"UTF-8\" in your editor", e);
        }
    }

    private static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
