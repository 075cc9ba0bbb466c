namespace RaQuan.Rendering.Bodies;

/// <summary>
/// Files of files/ that the bodies a section rendered show as images (<see cref="Images.BodyImages"/>), which the
/// attachment section publishes once each. A plan body the cache reuses brings the files it showed when it was
/// rendered (<see cref="Caching.IRenderCache.PlanBody"/>).
/// </summary>
internal sealed class BodyFiles
{
    private readonly ConcurrentDictionary<string, byte> _files = new(StringComparer.Ordinal);

    public void Add(string file) => _files.TryAdd(file, 0);

    public IEnumerable<string> All => _files.Keys;
}
