using System.Globalization;

namespace PortalProbe.Cli.Sweeps;

/// <summary>What a sweep reports as cities finish: counts and an estimate of the time left.</summary>
internal sealed class SweepProgress(int total, int done, TimeProvider time)
{
    private readonly long _started = time.GetTimestamp();
    private readonly Lock _lock = new();

    public int Total { get; } = total;

    private readonly int _doneBefore = done;

    public int Done { get; private set; } = done;

    public int Failing { get; private set; }

    private int DoneHere => Done - _doneBefore;

    /// <summary>Counts a finished city and returns the counts after it.</summary>
    public (int Done, int Failing, TimeSpan? Eta) CityFinished(bool failing)
    {
        lock (_lock)
        {
            Done++;
            Failing += failing ? 1 : 0;
            return (Done, Failing, Eta());
        }
    }

    /// <summary>Time left at the pace of the cities finished in this process; null before the first.</summary>
    public TimeSpan? Eta()
    {
        var elapsed = time.GetElapsedTime(_started);
        return DoneHere == 0 ? null : elapsed / DoneHere * (Total - Done);
    }

    public static string Format(TimeSpan? eta) =>
        eta is { } value ? value.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "unknown";
}
