using System.Collections.Frozen;

namespace RaQuan.Vietnamese;

/// <summary>
/// The letter tables of TCVN3 (ABC) and VNI Windows. A legacy byte is held as the character Windows-1252 shows for
/// it ("ngµy"), which is also what text copied out of a .VnTime document into a Unicode editor looks like.
/// </summary>
internal static class LegacyTables
{
    /// <summary>Each Vietnamese vowel without tone, then with huyền, hỏi, ngã, sắc, nặng.</summary>
    public static readonly string[] Vowels =
    [
        "aàảãáạ", "ăằẳẵắặ", "âầẩẫấậ", "eèẻẽéẹ", "êềểễếệ", "iìỉĩíị",
        "oòỏõóọ", "ôồổỗốộ", "ơờởỡớợ", "uùủũúụ", "ưừửữứự", "yỳỷỹýỵ",
    ];

    /// <summary>Every Vietnamese letter that is not plain ASCII, lower and upper case.</summary>
    public static readonly FrozenSet<char> VietnameseLetters =
        Vowels.SelectMany(v => v).Append('đ').SelectMany(c => new[] { c, char.ToUpperInvariant(c) })
            .Where(c => c > '\u007f').ToFrozenSet();

    /// <summary>TCVN3 bytes in the order of <see cref="Vowels"/>; a vowel's toneless ASCII form is written as 0.</summary>
    private static readonly byte[][] Tcvn3Vowels =
    [
        [0, 0xB5, 0xB6, 0xB7, 0xB8, 0xB9], [0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6], [0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB],
        [0, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1], [0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6], [0, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE],
        [0, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4], [0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9], [0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE],
        [0, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4], [0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9], [0, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE],
    ];

    /// <summary>VN3 has capitals only for these; other capitals are the lower-case bytes drawn by a capital font (.VnTimeH).</summary>
    private static readonly (char Letter, byte Code)[] Tcvn3Capitals =
        [('Ă', 0xA1), ('Â', 0xA2), ('Ê', 0xA3), ('Ô', 0xA4), ('Ơ', 0xA5), ('Ư', 0xA6), ('Đ', 0xA7), ('đ', 0xAE)];

    /// <summary>Unicode letter → its TCVN3 character, lower case and the eight capitals.</summary>
    public static readonly FrozenDictionary<char, string> Tcvn3 = BuildTcvn3();

    /// <summary>Unicode letter → its VNI characters, lower and upper case.</summary>
    public static readonly FrozenDictionary<char, string> Vni = BuildVni();

    private static FrozenDictionary<char, string> BuildTcvn3()
    {
        var map = new Dictionary<char, string>();
        for (var v = 0; v < Vowels.Length; v++)
        {
            for (var tone = 0; tone < 6; tone++)
            {
                if (Tcvn3Vowels[v][tone] is var code and not 0)
                {
                    map[Vowels[v][tone]] = ((char)code).ToString();
                }
            }
        }

        foreach (var (letter, code) in Tcvn3Capitals)
        {
            map[letter] = ((char)code).ToString();
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<char, string> BuildVni()
    {
        // The base each vowel is typed on, and how its tones are written after it: plain vowels (and ơ, ư, which
        // are single bytes) take ø û õ ù ï; â ê ô fold circumflex and tone into one byte, and so does ă with breve.
        (string Base, string Tones)[] rows =
        [
            ("a", "øûõùï"), ("aê", "èúüéë"), ("aâ", "àåãáä"), ("e", "øûõùï"), ("eâ", "àåãáä"), ("i", "ìæóíò"),
            ("o", "øûõùï"), ("oâ", "àåãáä"), ("ô", "øûõùï"), ("u", "øûõùï"), ("ö", "øûõùï"), ("y", "øûõùî"),
        ];
        var map = new Dictionary<char, string> { ['đ'] = "ñ", ['Đ'] = "Ñ" };
        for (var v = 0; v < Vowels.Length; v++)
        {
            var (stem, tones) = rows[v];
            for (var tone = 0; tone < 6; tone++)
            {
                string lower;
                if (tone == 0)
                {
                    lower = stem;
                }
                else if (stem.Length == 2)
                {
                    lower = stem[..1] + tones[tone - 1];     // the mark byte is replaced by mark-and-tone
                }
                else if (stem is "i" || (stem is "y" && tone == 5))
                {
                    lower = tones[tone - 1].ToString();     // ì æ ó í ò, and î for ỵ, stand alone
                }
                else
                {
                    lower = stem + tones[tone - 1];
                }

                map[Vowels[v][tone]] = lower;
                map[char.ToUpperInvariant(Vowels[v][tone])] = lower.ToUpperInvariant();
            }
        }

        return map.Where(p => p.Key > '\u007f').ToFrozenDictionary();
    }
}
