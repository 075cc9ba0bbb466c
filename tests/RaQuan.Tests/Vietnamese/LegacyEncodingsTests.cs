using RaQuan.Tests.Documents;

namespace RaQuan.Tests.Vietnamese;

public sealed class LegacyEncodingsTests
{
    private const string Vowels = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ";

    public static TheoryData<string> Letters()
    {
        var data = new TheoryData<string>();
        foreach (var c in Vowels + "đ")
        {
            data.Add(c.ToString());
            data.Add(char.ToUpperInvariant(c).ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void Every_letter_with_every_tone_round_trips_through_vni(string letter)
    {
        var legacy = LegacyEncodings.Encode(letter, LegacyEncoding.Vni);

        Assert.Equal(letter, LegacyEncodings.Decode(legacy, LegacyEncoding.Vni));
        Assert.Equal(letter, LegacyEncodings.DecodeFile(LegacyEncodings.ToBytes(legacy), LegacyEncoding.Vni));
        Assert.Equal(letter, LegacyEncodings.Decode("x" + legacy + "x", LegacyEncoding.Vni).Trim('x'));
    }

    [Theory]
    [MemberData(nameof(Letters))]
    public void Every_letter_with_every_tone_round_trips_through_tcvn3_capitals_with_tones_as_lower_case(string letter)
    {
        var legacy = LegacyEncodings.Encode(letter, LegacyEncoding.Tcvn3);

        // VN3 has capitals only for ă â ê ô ơ ư đ; the others are lower-case bytes drawn by a capital font.
        var expected = letter.Length == 1 && char.IsUpper(letter[0]) && !"ĂÂÊÔƠƯĐAEIOUY".Contains(letter[0]) ? letter.ToLowerInvariant() : letter;
        Assert.Equal(expected, LegacyEncodings.Decode(legacy, LegacyEncoding.Tcvn3));
        Assert.Equal(expected, LegacyEncodings.DecodeFile(LegacyEncodings.ToBytes(legacy), LegacyEncoding.Tcvn3));
        Assert.True(legacy.Length == 1 && legacy[0] <= '\u00ff', $"{letter} is written as one byte");
    }

    [Fact]
    public void Each_encoding_gives_every_lower_case_letter_its_own_code()
    {
        foreach (var encoding in new[] { LegacyEncoding.Tcvn3, LegacyEncoding.Vni })
        {
            var codes = (Vowels + "đ").Select(c => LegacyEncodings.Encode(c.ToString(), encoding)).ToList();
            Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam")]
    [InlineData("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Ph¸t ®éng thi ®ua, ngµy 20 th¸ng 02 n¨m 2024", "Phát động thi đua, ngày 20 tháng 02 năm 2024")]
    [InlineData("KÕ ho¹ch tæ chøc LÔ ra qu©n ®Çu n¨m", "Kế hoạch tổ chức Lễ ra quân đầu năm")]
    [InlineData("c¸c c¬ quan, ®¬n vÞ thùc hiÖn tèt nhiÖm vô ®\u00adîc giao", "các cơ quan, đơn vị thực hiện tốt nhiệm vụ được giao")]
    [InlineData("Uû ban nh©n d©n tØnh Kon Tum", "Uỷ ban nhân dân tỉnh Kon Tum")]
    public void Tcvn3_text_reads_as_vietnamese(string legacy, string unicode) =>
        Assert.Equal(unicode, LegacyEncodings.Decode(legacy, LegacyEncoding.Tcvn3));

    [Theory]
    [InlineData("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam")]
    [InlineData("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc")]
    [InlineData("Phaùt ñoäng thi ñua, ngaøy 20 thaùng 02 naêm 2024", "Phát động thi đua, ngày 20 tháng 02 năm 2024")]
    [InlineData("UÛY BAN NHAÂN DAÂN TÆNH KON TUM", "ỦY BAN NHÂN DÂN TỈNH KON TUM")]
    [InlineData("ñöôïc giao, tröôøng hoïc, kyõ thuaät, bieân phoøng, ngaøy mai, Tröông Vaên Ñaït", "được giao, trường học, kỹ thuật, biên phòng, ngày mai, Trương Văn Đạt")]
    [InlineData("Aán Ñoä, Ñaék Haø, Ñaék R'Laáp", "Ấn Độ, Đắk Hà, Đắk R'Lấp")]
    public void Vni_text_reads_as_vietnamese(string legacy, string unicode) =>
        Assert.Equal(unicode, LegacyEncodings.Decode(legacy, LegacyEncoding.Vni));

    [Fact]
    public void Raw_legacy_bytes_and_text_copied_through_unicode_decode_alike()
    {
        var legacy = "Ph¸t ®éng “thi ®ua”\r\nngµy mai";
        var raw = LegacyEncodings.ToBytes(legacy);
        var copied = Encoding.UTF8.GetBytes(legacy);

        Assert.Equal("Phát động “thi đua”\r\nngày mai", LegacyEncodings.DecodeFile(raw, LegacyEncoding.Tcvn3));
        Assert.Equal("Phát động “thi đua”\r\nngày mai", LegacyEncodings.DecodeFile(copied, LegacyEncoding.Tcvn3));
    }

    [Theory]
    [InlineData("Tiêu đề\n\nPh¸t ®éng phong trµo thi ®ua\n", LegacyEncoding.Tcvn3, 3, "Ph¸t", "Phát")]
    [InlineData("title: \"KÕ ho¹ch ra qu©n\"\n", LegacyEncoding.Tcvn3, 1, "ho¹ch", "hoạch")]
    [InlineData("a\nb\nc\nPhaùt ñoäng phong traøo\n", LegacyEncoding.Vni, 4, "ñoäng", "động")]
    [InlineData("UÛY BAN NHAÂN DAÂN\nngaøy 20", LegacyEncoding.Vni, 1, "UÛY", "ỦY")]
    [InlineData("title: \"KÕ ho¹ch phát động phong trào thi đua\"\n", LegacyEncoding.Tcvn3, 1, "ho¹ch", "hoạch")]
    [InlineData("title: \"Keá hoaïch phát động phong trào\"\n", LegacyEncoding.Vni, 1, "hoaïch", "hoạch")]
    [InlineData("units:\n  - name: §¾k La\n    kind: xã\n", LegacyEncoding.Tcvn3, 2, "§¾k", "Đắk")]
    [InlineData("Đơn vị,Số người\nXã Ñaék Haø,12\n", LegacyEncoding.Vni, 2, "Ñaék", "Đắk")]
    public void Legacy_text_is_found_with_its_encoding_and_line(string text, LegacyEncoding encoding, int line, string word, string meant) =>
        Assert.Equal(new LegacyText(encoding, line, word, meant), LegacyTextDetector.Find(text));

    [Theory]
    [InlineData("Kế hoạch tổ chức Lễ ra quân đầu năm 2024, ngày 20/02/2024.")]
    [InlineData("HOÀ, KHOÁ, hoà, khoá, thuê, quân, Huế, Thuỷ, khoẻ, ĐẮK R'LẤP")]
    [InlineData("Nhiệt độ 25°C, diện tích 120 m², 5 µm, © 2024 UBND, «Ra quân», § 3, 3×4, ½ ngày")]
    [InlineData("Café, naïve, Zürich, Ångström: tên riêng nước ngoài")]
    [InlineData("Đo 5 µm; chú thích sau¹ và trước²; Microsoft®, ©UBND, Müller, España, Björk, Façade")]
    public void Vietnamese_unicode_text_is_not_mistaken_for_legacy_text(string text) =>
        Assert.Null(LegacyTextDetector.Find(text));

    [SeedsFact]
    public void No_seed_document_is_mistaken_for_legacy_text()
    {
        var files = Directory.EnumerateFiles(SeedFiles.Folder!, "*.txt").ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Null(LegacyTextDetector.Find(File.ReadAllText(file))));
    }

    [Fact]
    public void No_file_of_the_sample_site_is_mistaken_for_legacy_text()
    {
        // Every text file: the news photos are binary.
        var files = Directory.EnumerateFiles(Path.Combine(TestEnvironment.RepositoryRoot, "content"), "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is not (".jpg" or ".png" or ".webp")).ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Null(LegacyTextDetector.Find(File.ReadAllText(file))));
    }
}
