using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PortalProbe.Simulator.Faults;

/// <summary>
/// The simulator's only source of "chance": pure functions of (seed, city, path, attempt), where attempt is the
/// 1-based number of the request for that path on that portal. No random source and no clock are involved, so a
/// run repeats exactly and ground truth can tell a flaky link from a broken one.
/// </summary>
public static class FaultSchedule
{
    /// <summary>A number in 0..99 that stands for this request.</summary>
    public static int Roll(int seed, string cityCode, string path, int attempt) =>
        (int)(Hash(seed, cityCode, path, attempt, "roll") % 100);

    /// <summary>
    /// True when the attempt fails, about <paramref name="percent"/> times in a hundred. Whatever the inputs, among
    /// attempts 1 and 2 exactly one fails, so a single retry always tells "flaky" from "broken" and "working".
    /// </summary>
    public static bool Fails(int seed, string cityCode, string path, int attempt, int percent)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        if (attempt <= 2)
        {
            var firstFails = Hash(seed, cityCode, path, 0, "first") % 2 == 0;
            return (attempt == 1) == firstFails;
        }

        return Roll(seed, cityCode, path, attempt) < percent;
    }

    /// <summary>The home page of a <see cref="Personalities.PortalFaults.FlakyHome"/> portal fails on odd attempts.</summary>
    public static bool FlakyHomeFails(int attempt) => attempt % 2 == 1;

    /// <summary>The home page of a <see cref="Personalities.PortalFaults.HomeOutage"/> portal fails on its first attempt only.</summary>
    public static bool HomeOutageFails(int attempt) => attempt == 1;

    /// <summary>
    /// True when the <paramref name="request"/>-th (1-based) eligible request of the portal answers a transient 5xx:
    /// exactly one of the portal's first <paramref name="window"/> eligible requests, at a place the seed and city
    /// decide, and none after it. A transient error is an outage that passes: a re-check gets through whether it
    /// comes at once or after the rest of the sweep.
    /// </summary>
    public static bool TransientFails(int seed, string cityCode, int request, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(request, 1);
        return window > 0 && request == 1 + (int)(Hash(seed, cityCode, string.Empty, 0, "transient") % (ulong)window);
    }

    /// <summary>The status a transient error answers with: 502 or 503, decided by the request's number.</summary>
    public static int TransientStatus(int seed, string cityCode, int request) =>
        Hash(seed, cityCode, string.Empty, request, "transient-status") % 2 == 0 ? 502 : 503;

    /// <summary>A jitter in 0..<paramref name="maxMs"/> milliseconds for this request.</summary>
    public static int Jitter(int seed, string cityCode, string path, int attempt, int maxMs) =>
        maxMs <= 0 ? 0 : (int)(Hash(seed, cityCode, path, attempt, "jitter") % (ulong)(maxMs + 1));

    private static ulong Hash(int seed, string cityCode, string path, int attempt, string purpose)
    {
        ArgumentNullException.ThrowIfNull(cityCode);
        ArgumentNullException.ThrowIfNull(path);
        var text = string.Create(CultureInfo.InvariantCulture, $"{purpose}|{seed}|{cityCode}|{path}|{attempt}");
        return BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
