namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Whether <c>serve</c> must run a sweep as soon as it starts. Quartz's in-memory store forgets misfires when the
/// process stops, so the database is the memory: if the schedule fired (or should have) between the last sweep's
/// start and now, that night was missed while nothing was serving, and one sweep runs now. One, however many nights
/// were missed: a sweep checks the portals as they are today, so running it twice in a row shows nothing new.
/// </summary>
internal static class MissedNight
{
    /// <summary>Nights looked at to name the most recent missed one; past that the message names the first.</summary>
    private const int MaxFireTimesWalked = 10_000;

    public static CatchUp Decide(CronSchedule schedule, DateTimeOffset? lastSweepStart, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        if (lastSweepStart is not { } last)
        {
            return new CatchUp(false, null, 0, "no sweep was ever recorded: the first one runs at its scheduled time");
        }

        var missed = schedule.NextAfter(last);
        if (missed is not { } first || first > now)
        {
            return new CatchUp(false, null, 0, $"the last sweep started {schedule.Describe(last)}; no scheduled sweep was missed since");
        }

        var (latest, count) = (first, 1);
        while (count < MaxFireTimesWalked && schedule.NextAfter(latest) is { } next && next <= now)
        {
            (latest, count) = (next, count + 1);
        }

        var nights = count == 1 ? "the sweep" : $"{count}{(count == MaxFireTimesWalked ? "+" : "")} scheduled sweeps, the last";
        return new CatchUp(
            true,
            latest,
            count,
            $"the last sweep started {schedule.Describe(last)}; {nights} due {schedule.Describe(latest)} was missed: running one sweep now");
    }
}

/// <summary>The start-up decision: run one sweep now or not, and why, in words for the log.</summary>
/// <param name="MissedFireTime">The most recent scheduled fire time that was missed.</param>
/// <param name="MissedCount">How many scheduled fire times passed without a sweep (only one sweep makes up for them).</param>
internal sealed record CatchUp(bool RunNow, DateTimeOffset? MissedFireTime, int MissedCount, string Reason);
