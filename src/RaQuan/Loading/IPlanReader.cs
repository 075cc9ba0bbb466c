namespace RaQuan.Loading;

/// <summary>
/// How the load stage reads a plan file: <see cref="Fresh"/> reads every one; a serve session's
/// <see cref="PlanSourceCache"/> gives the plans it read before while their file is unchanged.
/// </summary>
internal interface IPlanReader
{
    static IPlanReader Fresh { get; } = new FreshPlanReader();

    /// <summary>The plan in <paramref name="fullPath"/>; null, with its errors in <paramref name="diagnostics"/>, when it has any.</summary>
    PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics);

    private sealed class FreshPlanReader : IPlanReader
    {
        public PlanSource? Load(string fullPath, ContentPaths paths, Diagnostics diagnostics) => PlanLoader.Load(fullPath, paths, diagnostics);
    }
}
