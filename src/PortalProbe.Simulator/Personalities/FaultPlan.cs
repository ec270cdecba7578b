namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// Per-request latency: <paramref name="FixedMs"/> plus a jitter in 0..<paramref name="JitterMs"/> that
/// <see cref="Faults.FaultSchedule.Jitter"/> derives from (seed, city, path, attempt), so it repeats exactly.
/// </summary>
public sealed record Latency(int FixedMs, int JitterMs)
{
    /// <summary>No added latency, the default.</summary>
    public static Latency None { get; } = new(0, 0);

    /// <summary>True when requests are delayed at all.</summary>
    public bool IsSet => FixedMs > 0 || JitterMs > 0;
}

/// <summary>
/// The deterministic faults of a portal beyond <see cref="PortalFaults"/>: whether a request fails depends only on
/// (<see cref="Seed"/>, city, path, the attempt number for that path), never on chance or the clock.
/// </summary>
public sealed record FaultPlan
{
    /// <summary>The default share of failing attempts of an intermittent link, in percent.</summary>
    public const int DefaultIntermittentPercent = 50;

    /// <summary>No faults, the default.</summary>
    public static FaultPlan None { get; } = new();

    /// <summary>The seed every decision is derived from.</summary>
    public int Seed { get; init; }

    /// <summary>How many attempts in a hundred fail on a <see cref="LinkBehaviour.Intermittent"/> link (1..99).</summary>
    public int IntermittentPercent { get; init; } = DefaultIntermittentPercent;

    /// <summary>The latency added to every portal request (not to <c>/__test/</c>).</summary>
    public Latency Latency { get; init; } = Latency.None;

    /// <summary>
    /// A transient server error: one of the portal's first this many page requests (GET or HEAD, entry pages
    /// excepted) answers 502 or 503, at the place <see cref="Faults.FaultSchedule.TransientFails"/> derives from
    /// (<see cref="Seed"/>, city), and no later one does: an outage that passes, so a re-check gets through whenever
    /// it comes; 0, the default, switches it off.
    /// </summary>
    public int TransientErrorWindow { get; init; }
}
