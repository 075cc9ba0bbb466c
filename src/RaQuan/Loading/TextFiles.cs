using System.Buffers;
using System.Text;
using System.Text.Unicode;
using RaQuan.Building;
using RaQuan.Text;

namespace RaQuan.Loading;

/// <summary>Reads content files the way staff produce them: any common Unicode encoding, any line ending.</summary>
internal static class TextFiles
{
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
    private static readonly Encoding Windows1258 = CodePagesEncodingProvider.Instance.GetEncoding(1258)!;

    /// <summary>
    /// Reads a content file in UTF-8 (with or without BOM) or UTF-16 (with BOM) as NFC text with "\n" line ends;
    /// reports a file past its size limit (without reading it), one that is not Unicode, or one that holds text in
    /// TCVN3 or VNI, with its line and the command that reads it (<paramref name="command"/> --from …).
    /// </summary>
    /// <param name="kind">What the file holds, for its size limit; by default told by its extension.</param>
    public static string? Load(string path, string display, Diagnostics diagnostics, ContentFileKind? kind = null, string command = "convert")
    {
        using var file = ReadBytes(path, display, kind ?? ContentLimits.KindOf(path), diagnostics);
        return file is null ? null : Decode(file.Value.Bytes, display, diagnostics, command);
    }

    /// <summary>The bytes of a content file within its size limit, for <see cref="Decode(ReadOnlySpan{byte}, string, Diagnostics, string)"/>; null, with the error reported, past it.</summary>
    public static RentedFile? ReadContent(string path, string display, Diagnostics diagnostics) =>
        ReadBytes(path, display, ContentLimits.KindOf(path), diagnostics);

    /// <summary>The bytes of a content file as <see cref="Load"/> reads them: null, with the error reported, when they are not Unicode text.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string display, Diagnostics diagnostics, string command = "convert")
    {
        string text;
        try
        {
            text = Decode(bytes);
        }
        catch (InvalidDataException e)
        {
            if (display.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && IsWindows1258(bytes))
            {
                diagnostics.Add(ContentErrors.Windows1258Csv(display));
                return null;
            }

            var legacy = LegacyTextDetector.Find(Windows1252.GetString(bytes));
            diagnostics.Add(legacy is null ? ContentErrors.NotUnicode(display, e.Message) : ContentErrors.LegacyText(display, legacy, command));
            return null;
        }

        if (LegacyTextDetector.Find(text) is { } found)
        {
            diagnostics.Add(ContentErrors.LegacyText(display, found, command));
            return null;
        }

        return text;
    }

    /// <summary>
    /// Whether bytes that are not UTF-8 read as Vietnamese in Windows-1258, the code page Excel uses for "CSV (Comma
    /// delimited)" on a Windows set to Vietnamese: nearly every character past ASCII is then a Vietnamese letter.
    /// </summary>
    internal static bool IsWindows1258(ReadOnlySpan<byte> bytes)
    {
        var (vietnamese, other) = (0, 0);
        foreach (var c in VietnameseText.Nfc(Windows1258.GetString(bytes)))
        {
            if (c > '\u007f')
            {
                _ = LegacyTables.VietnameseLetters.Contains(c) ? vietnamese++ : other++;
            }
        }

        return vietnamese > 0 && other * 10 <= vietnamese;
    }

    /// <summary>
    /// Whether UTF-8 bytes are text in which <see cref="Decode(ReadOnlySpan{byte})"/> would change nothing that
    /// matters to their checks, and <see cref="LegacyTextDetector"/> would find nothing: valid, without carriage
    /// returns (which would move lines), without combining marks (which NFC can join into a letter only legacy text
    /// uses, as "n" and U+0303 into "ñ") and without such a letter. Such a part of a file can be checked in its
    /// bytes and left undecoded.
    /// </summary>
    public static bool IsPlainUtf8(ReadOnlySpan<byte> bytes) =>
        // U+0300–U+036F, the combining diacritical marks, begin with CC or CD (with a few Greek letters after them).
        !bytes.ContainsAny((byte)'\r', (byte)0xCC, (byte)0xCD)
        && Utf8Check.IsValid(bytes)
        && !LegacyTextDetector.MayHoldLegacyText(bytes);

    /// <summary>
    /// Reads a document typed in a legacy encoding as NFC text with "\n" line ends, within a plan's size limit; a
    /// TCVN3 document gets back the capitals with tones the encoding lacks (<see cref="LegacyCapitals"/>).
    /// </summary>
    public static string? LoadLegacy(string path, string display, LegacyEncoding encoding, Diagnostics diagnostics)
    {
        using var file = ReadBytes(path, display, ContentFileKind.Markdown, diagnostics);
        if (file is null)
        {
            return null;
        }

        var text = NormalizeLineEnds(LegacyEncodings.DecodeFile(file.Value.Bytes, encoding));
        return encoding == LegacyEncoding.Tcvn3 ? LegacyCapitals.Restore(text) : text;
    }

    // The size is checked before reading, so a 2 GB file costs nothing and cannot exhaust memory. One open handle
    // for both: asking the size by path first cost four more system calls per file.
    private static RentedFile? ReadBytes(string path, string display, ContentFileKind kind, Diagnostics diagnostics)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length > ContentLimits.Bytes(kind))
        {
            diagnostics.Add(ContentErrors.FileTooLarge(display, length, kind));
            return null;
        }

        return RentedFile.Read(handle, length);
    }

    /// <summary>The whole of a file, in a buffer the caller returns by disposing of it.</summary>
    public static RentedFile ReadAllRented(string path)
    {
        using var handle = File.OpenHandle(path);
        return RentedFile.Read(handle, RandomAccess.GetLength(handle));
    }

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Normalize(Encoding.Unicode.GetString(bytes[2..]));
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Normalize(Encoding.BigEndianUnicode.GetString(bytes[2..]));
        }

        return DecodeUtf8Text(bytes.StartsWith("\uFEFF"u8) ? bytes[3..] : bytes);
    }

    /// <summary>UTF-8 bytes, without a byte order mark, as NFC text with "\n" line ends.</summary>
    public static string DecodeUtf8Text(ReadOnlySpan<byte> utf8) => Normalize(DecodeUtf8(utf8));

    // One pass that checks and converts, into a pooled buffer: the encoding's GetString checks the whole text first,
    // then converts it, and every plan is read twice in a build (to load it, then to render it).
    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            if (Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                throw new InvalidDataException(
                    $"the file is not UTF-8 text (byte {read} is invalid); save it as \"UTF-8\" in your editor");
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Normalize(string text) => VietnameseText.Nfc(NormalizeLineEnds(text));

    private static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}

/// <summary>
/// A file's bytes in a buffer rented from <see cref="ArrayPool{T}.Shared"/>, given back on <see cref="Dispose"/>:
/// a new array per file read was 3 % of a build's allocations, and every plan is read twice.
/// </summary>
internal readonly struct RentedFile(byte[] buffer, int length) : IDisposable
{
    public ReadOnlySpan<byte> Bytes => buffer.AsSpan(0, length);

    /// <summary>Up to <paramref name="length"/> bytes or the end of the file, whichever comes first.</summary>
    public static RentedFile Read(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(checked((int)length));
        var read = 0;
        while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0)
        {
            read += n;
        }

        return new RentedFile(buffer, read);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(buffer);
}
