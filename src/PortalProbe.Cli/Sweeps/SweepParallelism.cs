using System.Globalization;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// The default number of cities a sweep runs at once. A city's run mostly waits (on slow government servers, on
/// page loads, on polite delays), so the core count is not the limit; memory is, and so is how much waiting there
/// is to overlap:
/// <code>
/// memory bound  = (min(MemAvailable / 2, 3 GiB) - 512 MiB) / 192 MiB      (Chromium's renderers for one city; half the free memory, 3 GiB at most for everything)
/// waiting bound = ceil(cores / (1 - 0.85))                                  (a city's run waits about 85% of its time)
/// N             = clamp(min(memory bound, waiting bound), 1, 16)
/// </code>
/// On the 2-core, 24 GiB machine this gives min(13, 14) = 13.
/// </summary>
internal static class SweepParallelism
{
    public const long PerCityBytes = 192L << 20;
    public const long BaseBytes = 512L << 20;
    public const long CeilingBytes = 3L << 30;
    public const double WaitingShare = 0.85;
    public const int Maximum = 16;

    public static int Default() => Compute(AvailableMemoryBytes(), Environment.ProcessorCount);

    public static int Compute(long availableBytes, int cores)
    {
        var budget = Math.Min(availableBytes / 2, CeilingBytes) - BaseBytes;
        var memoryBound = (int)Math.Max(1, budget / PerCityBytes);
        var waitingBound = (int)Math.Ceiling(Math.Max(1, cores) / (1 - WaitingShare));
        return Math.Clamp(Math.Min(memoryBound, waitingBound), 1, Maximum);
    }

    /// <summary>MemAvailable of /proc/meminfo (what can be had without swapping); the GC's view elsewhere.</summary>
    public static long AvailableMemoryBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/meminfo"))
            {
                if (line.StartsWith("MemAvailable:", StringComparison.Ordinal))
                {
                    var kib = line["MemAvailable:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kib, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // No /proc: fall through to the runtime's figure.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }

        var info = GC.GetGCMemoryInfo();
        return info.TotalAvailableMemoryBytes - info.MemoryLoadBytes;
    }
}
