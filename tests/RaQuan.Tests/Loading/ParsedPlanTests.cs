using System.Text.Json;
using RaQuan.Loading;
using RaQuan.Model;

namespace RaQuan.Tests.Loading;

/// <summary>What an incremental build records of a plan read (<see cref="ParsedPlan"/>) reads back as it was written, every field of it.</summary>
public sealed class ParsedPlanTests
{
    [Fact]
    public void Every_field_of_a_plan_is_carried()
    {
        Assert.True(ParsedPlan.CarriesEveryField, "a field of PlanFields is not in ParsedPlan's Write and Read: add it there");
    }

    [Fact]
    public void A_plan_with_every_field_set_reads_back_as_written()
    {
        var fields = new PlanFields
        {
            Title = "Kế hoạch tổ chức Lễ ra quân đầu năm 2024",
            Slug = "le-ra-quan-2024",
            Type = "Công văn",
            Number = "66/KH-UBND",
            Date = new DateOnly(2024, 1, 22),
            EffectiveDate = new DateOnly(2024, 1, 24),
            Issuer = "Ủy ban nhân dân xã Đắk La",
            Signer = new Signer("Trần Văn Tâm", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
            Summary = "Một câu tóm tắt.",
            Tags = ["ra quân", "nông thôn mới"],
            Draft = true,
            PublishDate = new DateOnly(2024, 1, 23),
            ExpiryDate = new DateOnly(2030, 12, 31),
            Attachments = [new Attachment("Bản ký số (PDF)", "files/66-kh-ubnd.pdf", 123_456)],
            Aliases = ["ke-hoach/ten-cu/"],
            Indicators = [new Indicator("Tổng diện tích gieo trồng", 4482.38m, "ha", "trên"), new Indicator("Đàn gia súc", 6278m, "con", null)],
        };
        var plan = new ParsedPlan(fields, new SourceLocation("plans/a.md", 3, 7), "dak-la", new SourceLocation("plans/khac.md", 9, 1, "x"), 14, TitleFromHeading: true);

        var read = RoundTrip(plan);

        Assert.Equal(Json(plan), Json(read));
        Assert.Equal(fields.ListingDate, read.Fields.ListingDate);
    }

    [Fact]
    public void A_plan_with_every_optional_field_left_out_reads_back_as_written()
    {
        var plan = new ParsedPlan(new PlanFields { Title = "Kế hoạch", Slug = "ke-hoach" }, new SourceLocation("plans/a.md", 1, 1), "kon-ray", default, 5, TitleFromHeading: false);

        var read = RoundTrip(plan);

        Assert.Equal(Json(plan), Json(read));
        Assert.Null(read.Fields.Date);
        Assert.Null(read.Fields.Signer);
    }

    private static ParsedPlan RoundTrip(ParsedPlan plan)
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            plan.Write(w, "plans/a.md");
        }

        stream.Position = 0;
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var read = ParsedPlan.Read(r, "plans/a.md");
        Assert.Equal(stream.Length, stream.Position);
        return read;
    }

    private static string Json(ParsedPlan plan) => JsonSerializer.Serialize(plan);
}
