using System.Globalization;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// What a sweep reports as cities go: first passes recorded, cities done (re-checks included), cities failing, and an
/// estimate of the time left. A city whose first pass failed somewhere waits for its re-check until every first pass
/// is recorded, so the estimate follows the first passes' pace first and the re-checks' pace after.
/// </summary>
internal sealed class SweepProgress
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private readonly long _started;
    private readonly int _firstPassedBefore;
    private long? _recheckStarted;
    private int _doneAtRecheckStart;

    /// <param name="total">Cities in the sweep.</param>
    /// <param name="done">Cities done before this process started.</param>
    /// <param name="waiting">Cities whose first pass an earlier process recorded and that wait for their re-checks.</param>
    /// <param name="time">The clock the estimate is measured on.</param>
    public SweepProgress(int total, int done, int waiting, TimeProvider time)
    {
        _time = time;
        _started = time.GetTimestamp();
        Total = total;
        Done = done;
        FirstPassed = done + waiting;
        _firstPassedBefore = FirstPassed;
        StartRechecksIfDue();
    }

    public int Total { get; }

    /// <summary>Cities whose first pass is recorded (done, or waiting for their re-checks).</summary>
    public int FirstPassed { get; private set; }

    public int Done { get; private set; }

    public int Failing { get; private set; }

    /// <summary>Counts a first pass that left failures to re-check.</summary>
    public (int FirstPassed, TimeSpan? Eta) FirstPassRecorded()
    {
        lock (_lock)
        {
            FirstPassed++;
            StartRechecksIfDue();
            return (FirstPassed, EtaLocked());
        }
    }

    /// <summary>Counts a finished city, in its first pass or after its re-checks, and returns the counts after it.</summary>
    public (int Done, int Failing, TimeSpan? Eta) CityFinished(bool failing, bool inFirstPass)
    {
        lock (_lock)
        {
            Done++;
            Failing += failing ? 1 : 0;
            if (inFirstPass)
            {
                FirstPassed++;
                StartRechecksIfDue();
            }

            return (Done, Failing, EtaLocked());
        }
    }

    /// <summary>
    /// Time left: at the pace of this process's first passes while some are left (the re-checks come after them),
    /// then at the pace of its re-checks; null until there is a pace to go by.
    /// </summary>
    public TimeSpan? Eta()
    {
        lock (_lock)
        {
            return EtaLocked();
        }
    }

    public static string Format(TimeSpan? eta) =>
        eta is { } value ? value.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "unknown";

    private TimeSpan? EtaLocked()
    {
        if (_recheckStarted is not { } recheckStarted)
        {
            var passedHere = FirstPassed - _firstPassedBefore;
            return passedHere == 0 ? null : _time.GetElapsedTime(_started) / passedHere * (Total - FirstPassed);
        }

        var doneHere = Done - _doneAtRecheckStart;
        return Done == Total ? TimeSpan.Zero : doneHere == 0 ? null : _time.GetElapsedTime(recheckStarted) / doneHere * (Total - Done);
    }

    private void StartRechecksIfDue()
    {
        if (_recheckStarted is null && FirstPassed >= Total)
        {
            _recheckStarted = _time.GetTimestamp();
            _doneAtRecheckStart = Done;
        }
    }
}
