using System.Text;

namespace RaQuan.Text;

/// <summary>Text hygiene applied to everything read from content files.</summary>
public static class VietnameseText
{
    /// <summary>
    /// Normalises to NFC. Text pasted from Word or macOS often arrives decomposed (NFD), which renders the same
    /// but breaks comparison, slugs and search.
    /// </summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
