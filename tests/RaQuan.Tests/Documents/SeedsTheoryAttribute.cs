namespace RaQuan.Tests.Documents;

/// <summary>
/// A theory over the seed documents: skipped with a message when ../shared/seeds is absent, except on CI
/// (CI=true), where the missing seeds make the test fail instead of passing unnoticed.
/// </summary>
public sealed class SeedsTheoryAttribute : TheoryAttribute
{
    public SeedsTheoryAttribute()
    {
        if (SeedFiles.Folder is null && !SeedFiles.RequiredByCi)
        {
            Skip = "../shared/seeds not found next to the repository; set CI=true to make this a failure";
        }
    }
}
