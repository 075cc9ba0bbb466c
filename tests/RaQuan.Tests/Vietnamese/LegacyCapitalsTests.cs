using RaQuan.Documents;
using RaQuan.Tests.Documents;

namespace RaQuan.Tests.Vietnamese;

/// <summary>TCVN3 text typed in capitals decodes with small toned letters ("HUYệN"); import puts the capitals back.</summary>
public sealed class LegacyCapitalsTests
{
    [Theory]
    [InlineData("HUYệN KON RẫY", "HUYỆN KON RẪY")]
    [InlineData("ủY BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN")]
    [InlineData("Kế HOạCH", "KẾ HOẠCH")]
    [InlineData("I. MụC ĐíCH, YÊU CầU", "I. MỤC ĐÍCH, YÊU CẦU")]
    [InlineData("KT. CHủ TịCH", "KT. CHỦ TỊCH")]
    [InlineData("\nủy ban nhân dân huyện xây dựng kế hoạch như sau:", "\nỦy ban nhân dân huyện xây dựng kế hoạch như sau:")]
    [InlineData("- ủy ban nhân dân các xã. ủy ban", "- Ủy ban nhân dân các xã. Ủy ban")]
    [InlineData("Tổ chức trồng cây", "Tổ chức trồng cây")]
    [InlineData("Tổ chức trồng cây\nđầu xuân; ủng hộ", "Tổ chức trồng cây\nđầu xuân; ủng hộ")]
    [InlineData("Kế hoạch năm 2024", "Kế hoạch năm 2024")]
    [InlineData("Số: /KH-UBND", "Số: /KH-UBND")]
    [InlineData("Số 45/KH-UBND", "Số 45/KH-UBND")]
    [InlineData("Kế", "Kế")]
    public void Words_and_sentences_typed_with_capitals_get_them_back(string decoded, string restored)
    {
        Assert.Equal(restored, LegacyCapitals.Restore(decoded));
    }

    public static TheoryData<string> Seeds => new(SeedFiles.Names);

    [SeedsTheory]
    [MemberData(nameof(Seeds))]
    public void A_seed_typed_in_tcvn3_reads_as_the_seed_does(string name)
    {
        var text = SeedFiles.Read(name);
        var legacy = LegacyEncodings.Decode(LegacyEncodings.Encode(text, LegacyEncoding.Tcvn3), LegacyEncoding.Tcvn3);

        var seed = DocumentReader.Read(text);
        var restored = DocumentReader.Read(LegacyCapitals.Restore(legacy));

        Assert.Equal(
            (seed.Type, seed.Number, seed.Date, seed.Title, seed.Issuer, seed.Signer?.Name, seed.Events.Count),
            (restored.Type, restored.Number, restored.Date, restored.Title, restored.Issuer, restored.Signer?.Name, restored.Events.Count));
    }
}
