using RaQuan.Feeds;

namespace RaQuan.Tests.Rendering;

public sealed class Rfc822Tests
{
    [Theory]
    [InlineData(2024, 2, 20, "Tue, 20 Feb 2024 00:00:00 +0700")]
    [InlineData(2024, 1, 1, "Mon, 01 Jan 2024 00:00:00 +0700")]
    [InlineData(1975, 5, 1, "Thu, 01 May 1975 00:00:00 +0700")]
    public void Dates_are_midnight_in_vietnam_with_a_numeric_zone(int y, int m, int d, string expected)
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("vn", TimeSpan.FromHours(7), "vn", "vn");
        Assert.Equal(expected, Rfc822.Format(Rfc822.StartOfDay(new DateOnly(y, m, d), zone)));
    }

    [Fact]
    public void Negative_offsets_keep_their_sign() =>
        Assert.Equal("Sat, 20 Jan 2024 08:30:00 -0330",
            Rfc822.Format(new DateTimeOffset(2024, 1, 20, 8, 30, 0, TimeSpan.FromMinutes(-210))));
}
