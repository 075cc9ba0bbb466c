namespace RaQuan.Themes;

/// <summary>
/// Colours as sRGB and their contrast as WCAG 2.1 defines it (relative luminance, (L1 + 0.05) / (L2 + 0.05)), and the
/// nearest colour that reaches a contrast, for a site whose brand colour would make text unreadable.
/// </summary>
internal readonly record struct Rgb(byte R, byte G, byte B)
{
    public static Rgb White { get; } = new(255, 255, 255);

    /// <summary>"#0a4a94" or "#04a".</summary>
    public static bool TryParse(string? text, out Rgb color)
    {
        color = default;
        var hex = text?.Trim();
        if (hex is null || !hex.StartsWith('#') || (hex.Length != 4 && hex.Length != 7) || !hex[1..].All(char.IsAsciiHexDigit))
        {
            return false;
        }

        if (hex.Length == 4)
        {
            hex = string.Concat("#", new string(hex[1], 2), new string(hex[2], 2), new string(hex[3], 2));
        }

        color = new Rgb(Byte(hex, 1), Byte(hex, 3), Byte(hex, 5));
        return true;
    }

    public static Rgb Parse(string text) => TryParse(text, out var color) ? color : throw new FormatException($"not a colour: {text}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>Relative luminance, 0 for black to 1 for white.</summary>
    public double Luminance => (0.2126 * Linear(R)) + (0.7152 * Linear(G)) + (0.0722 * Linear(B));

    /// <summary>The contrast ratio of two colours, from 1 (the same) to 21 (black on white).</summary>
    public static double Contrast(Rgb a, Rgb b)
    {
        var (light, dark) = a.Luminance >= b.Luminance ? (a.Luminance, b.Luminance) : (b.Luminance, a.Luminance);
        return (light + 0.05) / (dark + 0.05);
    }

    /// <summary>
    /// The colour nearest to this one, in lightness with hue and saturation kept, whose contrast with every colour of
    /// <paramref name="against"/> is at least <paramref name="minimum"/>; this colour when it passes already.
    /// </summary>
    public Rgb NearestPassing(IReadOnlyList<Rgb> against, double minimum)
    {
        var (h, s, l) = ToHsl();
        for (var step = 0; step <= 1000; step++)
        {
            foreach (var lightness in new[] { l - (step / 1000.0), l + (step / 1000.0) })
            {
                if (lightness is < 0 or > 1)
                {
                    continue;
                }

                var candidate = FromHsl(h, s, lightness);
                if (against.All(other => Contrast(candidate, other) >= minimum))
                {
                    return candidate;
                }
            }
        }

        return new Rgb(0, 0, 0);
    }

    private static byte Byte(string hex, int at) => byte.Parse(hex.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    private (double H, double S, double L) ToHsl()
    {
        double r = R / 255.0, g = G / 255.0, b = B / 255.0;
        var max = Math.Max(r, Math.Max(g, b));
        var min = Math.Min(r, Math.Min(g, b));
        var l = (max + min) / 2;
        if (max == min)
        {
            return (0, 0, l);
        }

        var d = max - min;
        var s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
        var h = max == r ? ((g - b) / d) + (g < b ? 6 : 0) : max == g ? ((b - r) / d) + 2 : ((r - g) / d) + 4;
        return (h / 6, s, l);
    }

    private static Rgb FromHsl(double h, double s, double l)
    {
        if (s == 0)
        {
            var grey = (byte)Math.Round(l * 255);
            return new Rgb(grey, grey, grey);
        }

        var q = l < 0.5 ? l * (1 + s) : l + s - (l * s);
        var p = (2 * l) - q;
        return new Rgb(Channel(p, q, h + (1 / 3.0)), Channel(p, q, h), Channel(p, q, h - (1 / 3.0)));
    }

    private static byte Channel(double p, double q, double t)
    {
        t = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
        var value = t < 1 / 6.0 ? p + ((q - p) * 6 * t) : t < 1 / 2.0 ? q : t < 2 / 3.0 ? p + ((q - p) * ((2 / 3.0) - t) * 6) : p;
        return (byte)Math.Round(Math.Clamp(value, 0, 1) * 255);
    }
}
