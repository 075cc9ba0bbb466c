namespace RaQuan.Authoring;

/// <summary>What <c>raquan new</c> can create.</summary>
public enum NewContentKind
{
    /// <summary>plans/SLUG.md: a plan (kế hoạch) with its front matter.</summary>
    Plan,

    /// <summary>ceremonies/SLUG.yml: a ceremony (lễ ra quân) with its time, place and agenda.</summary>
    Ceremony,

    /// <summary>results/SLUG.yml and results/SLUG.csv: a result table and its columns.</summary>
    Results,

    /// <summary>news/SLUG/index.md: a news post, its photos copied beside it (a page bundle).</summary>
    News,
}
