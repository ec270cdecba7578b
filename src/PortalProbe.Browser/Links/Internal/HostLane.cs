namespace PortalProbe.Browser.Links.Internal;

/// <summary>One host's share of the traffic: its concurrent slots and when the next request may start.</summary>
internal sealed class HostLane(int slots)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _nextStart = DateTimeOffset.MinValue;

    public SemaphoreSlim Slots { get; } = new(slots, slots);

    /// <summary>Books the next start, at least <paramref name="gap"/> after the previous one, and says how long to wait for it.</summary>
    public TimeSpan Reserve(DateTimeOffset now, TimeSpan gap)
    {
        lock (_gate)
        {
            var start = _nextStart > now ? _nextStart : now;
            _nextStart = start + gap;
            return start - now;
        }
    }
}
