namespace RaQuan.Tests.Documents;

/// <summary>A test over the seed documents: skipped with a message when ../shared/seeds is absent, failing on CI instead.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (SeedFiles.Folder is null && !SeedFiles.RequiredByCi)
        {
            Skip = "../shared/seeds not found next to the repository; set CI=true to make this a failure";
        }
    }
}
