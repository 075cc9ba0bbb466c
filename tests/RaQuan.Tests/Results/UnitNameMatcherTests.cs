using RaQuan.Loading;
using RaQuan.Building;
using RaQuan.Results;

namespace RaQuan.Tests.Results;

public sealed class UnitNameMatcherTests
{
    private static readonly UnitNameMatcher Matcher = new(LoadUnits().SelectMany(u => u.SelfAndDescendants()));

    [Theory]
    [InlineData("Huyện Đăk Hà", "dak-ha")]
    [InlineData("H. Đăk Hà", "dak-ha")]
    [InlineData("huyen dak ha", "dak-ha")]
    [InlineData("Thị trấn Đắk Hà", "thi-tran-dak-ha")]
    [InlineData("TT. Đắk Hà", "thi-tran-dak-ha")]
    [InlineData("Thành phố Kon Tum", "thanh-pho-kon-tum")]
    [InlineData("TP Kon Tum", "thanh-pho-kon-tum")]
    [InlineData("TP. Kon Tum", "thanh-pho-kon-tum")]
    [InlineData("tp.Kon Tum", "thanh-pho-kon-tum")]
    [InlineData("Tỉnh Kon Tum", "kon-tum")]
    [InlineData("Xã Đắk La", "dak-la")]
    [InlineData("Đắk La", "dak-la")]
    [InlineData("ĐĂK LA", "dak-la")]
    [InlineData("Huyện Ia HDrai", "ia-h-drai")]
    [InlineData("Huyện Đắk R'Lấp", "dak-r-lap")]
    public void Names_written_many_ways_find_their_unit(string written, string slug)
    {
        Assert.Equal([slug], Matcher.Candidates(written).Select(u => u.Slug).ToArray());
    }

    [Theory]
    [InlineData("Đắk Hà", 2)]
    [InlineData("Kon Tum", 2)]
    [InlineData("Xã Kon Tum", 0)]
    [InlineData("Huyện Đắk La", 0)]
    public void Bare_names_of_several_units_and_wrong_kinds_do_not_match_one(string written, int count)
    {
        Assert.Equal(count, Matcher.Candidates(written).Count);
    }

    private static IReadOnlyList<RaQuan.Model.Unit> LoadUnits()
    {
        var folder = Directory.CreateTempSubdirectory("raquan-units-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "units.yml"), """
                units:
                  - name: Kon Tum
                    kind: tỉnh
                    children:
                      - { name: Kon Tum, kind: thành phố, slug: thanh-pho-kon-tum }
                      - name: Đắk Hà
                        kind: huyện
                        children:
                          - { name: Đắk La, kind: xã }
                          - { name: Đắk Hà, kind: thị trấn, slug: thi-tran-dak-ha }
                      - { name: "Ia H'Drai", kind: huyện }
                  - name: Đắk Nông
                    kind: tỉnh
                    children:
                      - { name: "Đắk R'Lấp", kind: huyện }
                """);
            return UnitsLoader.Load(new ContentPaths(folder), new Diagnostics(BuildStage.Load));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
