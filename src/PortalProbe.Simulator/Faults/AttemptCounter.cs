using System.Collections.Concurrent;

namespace PortalProbe.Simulator.Faults;

/// <summary>Counts the requests for each path of one portal (or site), 1-based; thread-safe and resettable.</summary>
internal sealed class AttemptCounter
{
    private ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

    /// <summary>The attempt number of this request for <paramref name="path"/>.</summary>
    public int Next(string path) => counts.AddOrUpdate(path, 1, (_, n) => n + 1);

    /// <summary>Starts every path at attempt 1 again.</summary>
    public void Reset() => Interlocked.Exchange(ref counts, new ConcurrentDictionary<string, int>(StringComparer.Ordinal));
}
