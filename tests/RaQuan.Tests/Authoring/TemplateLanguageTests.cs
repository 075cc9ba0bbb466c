using RaQuan.Authoring;
using RaQuan.Tests.Cli;

namespace RaQuan.Tests.Authoring;

/// <summary>The files <c>raquan new</c> writes are filled in by staff: what their comments say is in Vietnamese.</summary>
public sealed class TemplateLanguageTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "plan", Templates.Plan("Kế hoạch ra quân", "ke-hoach-ra-quan", null, new DateOnly(2026, 2, 1)) },
        { "news", Templates.News("Tin ra quân", null, new DateTimeOffset(2026, 2, 20, 9, 0, 0, TimeSpan.FromHours(7)), ["anh-1.jpg"]) },
        { "ceremony", Templates.Ceremony("Lễ ra quân", null, new DateOnly(2026, 2, 20)) },
        { "results", Templates.Results("Kết quả ra quân", "ket-qua", new DateOnly(2026, 2, 1)) },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Comments_in_new_files_are_in_Vietnamese(string kind, string text)
    {
        var comments = text.Split('\n')
            .Select(line => line.IndexOf('#', StringComparison.Ordinal) is var at and >= 0 && !line.TrimStart().StartsWith("##", StringComparison.Ordinal) ? line[(at + 1)..] : "")
            .Where(comment => comment.Trim().Length > 0)
            .ToList();

        Assert.True(comments.Count > 0, $"the {kind} template has no comment");
        VietnameseMessageTests.AssertNoEnglish(string.Join('\n', comments));
    }
}
