using System.Collections.Frozen;

namespace RaQuan.Vietnamese;

/// <summary>
/// Converts text in the legacy Vietnamese encodings TCVN3 (ABC) and VNI Windows to Unicode, and finds such text
/// where Unicode was expected.
/// </summary>
public static class LegacyEncodings
{
    private static readonly FrozenDictionary<string, char> Tcvn3Decoding = Reverse(LegacyTables.Tcvn3, lenient: false);
    private static readonly FrozenDictionary<string, char> VniDecoding = Reverse(LegacyTables.Vni, lenient: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>"TCVN3 (ABC)" or "VNI Windows".</summary>
    public static string Name(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "TCVN3 (ABC)" : "VNI Windows";

    /// <summary>"tcvn3" or "vni", as the command line writes them.</summary>
    public static string Option(LegacyEncoding encoding) => encoding == LegacyEncoding.Tcvn3 ? "tcvn3" : "vni";

    /// <summary>
    /// The Unicode (NFC) text of a file in <paramref name="encoding"/>: its raw 8-bit bytes, or text that already went
    /// through Unicode by being copied out of a legacy-font document (valid UTF-8 that reads "ngµy").
    /// </summary>
    public static string DecodeFile(ReadOnlySpan<byte> bytes, LegacyEncoding encoding) => Decode(LegacyCharacters(bytes, out _), encoding);

    /// <summary>
    /// Converts a file as <see cref="DecodeFile"/> does, unless <paramref name="force"/> is false and it is already
    /// Unicode Vietnamese, or its text would not convert back to the same legacy text (then nothing should be written).
    /// </summary>
    public static LegacyConversion ConvertFile(ReadOnlySpan<byte> bytes, LegacyEncoding encoding, bool force = false)
    {
        var legacy = LegacyCharacters(bytes, out var isUtf8);

        // Legacy text copied into a Unicode editor is valid UTF-8 too, but only of Windows-1252's characters: a letter
        // such as ạ, ư or đ, or no legacy word at all, says the text is Unicode.
        if (!force && isUtf8 && (legacy.Any(c => c > '\u00ff' && LegacyTables.VietnameseLetters.Contains(c)) || LegacyTextDetector.Find(legacy) is null))
        {
            return new LegacyConversion(null, AlreadyUnicode: true);
        }

        var text = Decode(legacy, encoding);
        var back = Encode(text, encoding).Split('\n');
        var lines = VietnameseText.Nfc(legacy).Split('\n');

        // VNI typists mix cases ("Aù" for "Á"), which reads as the same letter: case is not a loss.
        for (var i = 0; i < lines.Length; i++)
        {
            if (i >= back.Length || !string.Equals(lines[i], back[i], StringComparison.OrdinalIgnoreCase))
            {
                return new LegacyConversion(null, Line: i + 1, Original: lines[i]);
            }
        }

        return new LegacyConversion(text);
    }

    /// <summary>A file's text as legacy characters: valid UTF-8 as it reads, other bytes as Windows-1252 shows them.</summary>
    private static string LegacyCharacters(ReadOnlySpan<byte> bytes, out bool isUtf8)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            isUtf8 = true;
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            isUtf8 = false;
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>Converts legacy text, each byte held as its Windows-1252 character, to Unicode NFC.</summary>
    public static string Decode(string legacy, LegacyEncoding encoding)
    {
        var table = encoding == LegacyEncoding.Tcvn3 ? Tcvn3Decoding : VniDecoding;
        var builder = new StringBuilder(legacy.Length);
        for (var i = 0; i < legacy.Length;)
        {
            if (i + 1 < legacy.Length && table.TryGetValue(legacy.Substring(i, 2), out var pair))
            {
                builder.Append(pair);
                i += 2;
            }
            else
            {
                builder.Append(table.TryGetValue(legacy[i].ToString(), out var single) ? single : legacy[i]);
                i++;
            }
        }

        return VietnameseText.Nfc(builder.ToString());
    }

    /// <summary>
    /// Writes Unicode text in <paramref name="encoding"/> (as Windows-1252 characters). TCVN3 has no capitals with
    /// tones: they are written with the lower-case byte, as a capital font would draw them.
    /// </summary>
    public static string Encode(string text, LegacyEncoding encoding)
    {
        var table = encoding == LegacyEncoding.Tcvn3 ? LegacyTables.Tcvn3 : LegacyTables.Vni;
        var builder = new StringBuilder(text.Length * 2);
        foreach (var c in VietnameseText.Nfc(text))
        {
            builder.Append(table.TryGetValue(c, out var code) || table.TryGetValue(char.ToLowerInvariant(c), out code) ? code : c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>The raw bytes of legacy text held as Windows-1252 characters.</summary>
    public static byte[] ToBytes(string legacy) => Windows1252.GetBytes(legacy);

    private static FrozenDictionary<string, char> Reverse(FrozenDictionary<char, string> table, bool lenient)
    {
        var reverse = table.ToDictionary(p => p.Value, p => p.Key);
        if (lenient)
        {
            // VNI typists mix cases ("Aù" for "Á"): the base letter decides the case.
            foreach (var (code, letter) in reverse.Where(p => p.Key.Length == 2).ToList())
            {
                foreach (var variant in new[] { code[..1] + char.ToLowerInvariant(code[1]), code[..1] + char.ToUpperInvariant(code[1]) })
                {
                    reverse.TryAdd(variant, letter);
                }
            }
        }

        return reverse.ToFrozenDictionary();
    }
}
