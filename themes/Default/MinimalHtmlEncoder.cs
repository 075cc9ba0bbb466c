using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;

namespace RaQuan.Themes.Default;

/// <summary>
/// Escapes only what HTML needs in text and double-quoted attributes: &amp; &lt; &gt; &quot;. Razor always quotes
/// attributes with double quotes, so "Đắk R'Lấp" and "application/rss+xml" stay as written. The framework's
/// encoders also escape ' and + as a defence for single-quoted or UTF-7 contexts this theme never produces.
/// </summary>
internal sealed class MinimalHtmlEncoder : HtmlEncoder
{
    public static readonly MinimalHtmlEncoder Instance = new();

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"");

    public override int MaxOutputCharactersPerInputCharacter => 6;

    // Every text and attribute of every page passes through here: one vectorised search rather than a test per character.
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength) =>
        new ReadOnlySpan<char>(text, textLength).IndexOfAny(Special);

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var replacement = unicodeScalar switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            _ => null,
        };
        if (replacement is null)
        {
            return Rune.TryCreate(unicodeScalar, out var rune) && TryCopy(rune.ToString(), buffer, bufferLength, out numberOfCharactersWritten)
                || Fail(out numberOfCharactersWritten);
        }

        return TryCopy(replacement, buffer, bufferLength, out numberOfCharactersWritten);
    }

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is '&' or '<' or '>' or '"';

    private static unsafe bool TryCopy(string text, char* buffer, int bufferLength, out int written)
    {
        if (text.Length > bufferLength)
        {
            written = 0;
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            buffer[i] = text[i];
        }

        written = text.Length;
        return true;
    }

    private static bool Fail(out int written)
    {
        written = 0;
        return false;
    }
}
