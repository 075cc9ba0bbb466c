using System.Runtime;

namespace RaQuan.Rendering;

/// <summary>
/// Gives back the memory the plan pages leave behind before the sections after them run, in the .NET tool
/// (workstation GC). Once the plan pages are written, most of a large site's heap is garbage the collector has not
/// yet looked at (a dump of a 20,000-plan build at its last section held 377 MB, of which 115 MB was reachable), and
/// the sections after them grew the process to its peak over it. One full, compacting collection there lowered the
/// peak of a 50,000-plan build by 30-50 MB at no cost in time; a second once every page was written did not lower it
/// further (bench/README.md). A small site, whose heap stays below the threshold, skips it; so does the native
/// program, whose server GC adapts its heaps itself and peaked higher with it.
/// </summary>
internal static class BuildMemory
{
    private const long Threshold = 256L * 1024 * 1024;

    public static void Release()
    {
        if (!GCSettings.IsServerGC && GC.GetGCMemoryInfo().HeapSizeBytes > Threshold)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
