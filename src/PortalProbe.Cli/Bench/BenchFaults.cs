using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Cli.Bench;

/// <summary>
/// The realistic trouble the benchmark's portals give, all deterministic in (seed, city, path, request number): every
/// request waits 80 to 400 ms; one portal in 25 is slow (0.8 to 2 s a request); one in 100 hangs on every page; and
/// every portal answers one of its first <see cref="TransientWindow"/> page requests with a transient 502 or 503
/// (never a post, never the entry page; an outage that passes, so a re-check gets through). Which portal is slow or hangs follows from its place in the list, so the first 30 cities
/// already hold one of each.
/// </summary>
internal static class BenchFaults
{
    /// <summary>
    /// One of a portal's first this many eligible page requests answers a transient 5xx, and no later one: small
    /// enough that a city's first pass meets it (its links check alone reads more pages), and never twice, so the
    /// re-check gets through whether it comes at once or after the rest of the sweep.
    /// </summary>
    public const int TransientWindow = 60;

    public static readonly Latency Normal = new(80, 320);

    public static readonly Latency Slow = new(800, 1200);

    /// <summary>Portals at these places (index modulo 100) hang.</summary>
    public static bool Hangs(int index) => index % 100 == 17;

    /// <summary>Portals at these places (index modulo 25) are slow.</summary>
    public static bool IsSlow(int index) => index % 25 == 8;

    public static PortalPersonality Apply(PortalPersonality portal, int index)
    {
        ArgumentNullException.ThrowIfNull(portal);
        return portal with
        {
            Broken = Hangs(index) ? portal.Broken | PortalFaults.Hang : portal.Broken,
            Faults = portal.Faults with
            {
                Latency = IsSlow(index) ? Slow : Normal,
                TransientErrorWindow = TransientWindow,
            },
        };
    }
}
