namespace RaQuan.Building;

/// <summary>A step of a build that has just finished, for progress displays.</summary>
/// <param name="Name">"load", "assemble", a section of the site ("plans", "units", "feeds"…), or "publish".</param>
/// <param name="Done">Steps finished so far, this one included.</param>
/// <param name="Total">Steps in the whole build.</param>
public sealed record BuildStep(string Name, int Done, int Total, TimeSpan Elapsed);
