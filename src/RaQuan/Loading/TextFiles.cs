using System.Buffers;
using System.Text.Unicode;

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
        catch (InvalidCharacterException e)
        {
            diagnostics.Add(ContentErrors.InvalidCharacter(new Model.SourceLocation(display, e.Line, e.Column), e.CodePoint));
            return null;
        }
        catch (InvalidDataException)
        {
            if (display.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && IsWindows1258(bytes))
            {
                diagnostics.Add(ContentErrors.Windows1258Csv(display));
                return null;
            }

            // A UTF-8 file with a stray byte read as Windows-1252 looks like TCVN3 to the detector ("Ã¡" for "á"),
            // and converting it would garble every letter: such a file is reported as UTF-8 with its bad byte.
            var legacy = MostlyUtf8(bytes) ? null : LegacyTextDetector.Find(Windows1252.GetString(bytes));
            if (legacy is not null)
            {
                diagnostics.Add(ContentErrors.LegacyText(display, legacy, command));
            }
            else
            {
                var (line, column, value) = FirstInvalidByte(bytes);
                diagnostics.Add(ContentErrors.NotUnicode(new Model.SourceLocation(display, line, column), value));
            }

            return null;
        }

        if (LegacyTextDetector.Find(text) is { } found)
        {
            diagnostics.Add(ContentErrors.LegacyText(display, found, command));
            return null;
        }

        return text;
    }

    /// <summary>Whether more of the bytes past ASCII are whole UTF-8 characters than are not.</summary>
    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes)
    {
        var (valid, invalid) = (0, 0);
        for (var at = bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F); at >= 0 && at < bytes.Length;)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var used);
            valid += status == OperationStatus.Done ? 1 : 0;
            invalid += status == OperationStatus.Done ? 0 : 1;
            at += Math.Max(used, 1);
            var next = bytes[at..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            at = next < 0 ? -1 : at + next;
        }

        return valid > invalid;
    }

    /// <summary>The 1-based line and column (in characters) of the first byte that is not UTF-8, and the byte.</summary>
    private static (int Line, int Column, byte Value) FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        var utf8 = bytes[start..];
        var at = 0;
        while (at < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[at..], out _, out var used) == OperationStatus.Done)
        {
            at += used;
        }

        var before = utf8[..Math.Min(at, utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var column = 1;
        foreach (var b in before[lineStart..])
        {
            column += (b & 0xC0) == 0x80 ? 0 : 1;
        }

        return (before.Count((byte)'\n') + 1, column, at < utf8.Length ? utf8[at] : (byte)0);
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
        && !MayHoldNoncharacter(bytes)
        && Utf8Check.IsValid(bytes)
        && !LegacyTextDetector.MayHoldLegacyText(bytes);

    // The noncharacters of VietnameseText.IndexOfInvalid in UTF-8: U+FDD0–U+FDEF start EF B7, U+FFFE and U+FFFF
    // EF BF, and those of the other planes take four bytes (F0–F4 first), as emoji do; text with any of these is decoded.
    private static bool MayHoldNoncharacter(ReadOnlySpan<byte> utf8) =>
        utf8.IndexOfAnyInRange((byte)0xF0, (byte)0xF4) >= 0 || utf8.IndexOf([(byte)0xEF, (byte)0xB7]) >= 0 || utf8.IndexOf([(byte)0xEF, (byte)0xBF]) >= 0;

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
                throw new InvalidDataException(UiLanguage.Format(Messages.NotUtf8Text, read));
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string Normalize(string text)
    {
        text = NormalizeLineEnds(text);
        return VietnameseText.IndexOfInvalid(text) is var at and >= 0 ? throw new InvalidCharacterException(text, at) : VietnameseText.Nfc(text);
    }

    private static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}

/// <summary>Text holding a character no text may hold (<see cref="VietnameseText.IndexOfInvalid"/>): where, and which.</summary>
internal sealed class InvalidCharacterException : Exception
{
    public InvalidCharacterException(string text, int index)
        : base($"the text holds {VietnameseText.CodePointName(text, index)}")
    {
        var lineStart = text.AsSpan(0, index).LastIndexOf('\n') + 1;
        (Line, Column, CodePoint) = (text.AsSpan(0, lineStart).Count('\n') + 1, index - lineStart + 1, VietnameseText.CodePointName(text, index));
    }

    /// <summary>1-based, in the text with "\n" line ends.</summary>
    public int Line { get; }

    /// <summary>1-based, in UTF-16 code units: characters, for Vietnamese text.</summary>
    public int Column { get; }

    /// <summary>As "U+FFFE".</summary>
    public string CodePoint { get; }
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
