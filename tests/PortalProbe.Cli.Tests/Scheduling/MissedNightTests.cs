using PortalProbe.Cli.Scheduling;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>
/// The start-up rule of <c>serve</c>: when a scheduled sweep fell between the last sweep's start and now, run one
/// sweep now, however many nights were missed. The clock is moved by hand.
/// </summary>
public sealed class MissedNightTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly CronSchedule Nightly = CronSchedule.Parse(ScheduleDefaults.SweepCron, Shanghai);

    /// <summary>01:00 in Beijing on 22 November 2026: a night's sweep starting on time.</summary>
    private static readonly DateTimeOffset SweepStart = new(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);

    [Test]
    public void Decide_NoSweepEverRecorded_WaitsForTheSchedule()
    {
        var clock = new FakeTime(SweepStart.AddHours(7));

        var decision = MissedNight.Decide(Nightly, lastSweepStart: null, clock.GetUtcNow());

        Assert.That((decision.RunNow, decision.MissedCount), Is.EqualTo((false, 0)));
        Assert.That(decision.Reason, Does.Contain("no sweep was ever recorded"));
    }

    [Test]
    public void Decide_RestartTheMorningAfterTheSweep_RunsNothing()
    {
        var clock = new FakeTime(SweepStart);
        clock.Advance(TimeSpan.FromHours(8));

        var decision = MissedNight.Decide(Nightly, SweepStart, clock.GetUtcNow());

        Assert.That(decision.RunNow, Is.False);
    }

    [Test]
    public void Decide_RestartJustBeforeTonightsFireTime_LeavesItToTheSchedule()
    {
        var clock = new FakeTime(SweepStart);
        clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));

        var decision = MissedNight.Decide(Nightly, SweepStart, clock.GetUtcNow());

        Assert.That(decision.RunNow, Is.False);
    }

    [Test]
    public void Decide_MachineDownOverOneOClock_RunsOneSweepForThatNight()
    {
        var clock = new FakeTime(SweepStart);
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(7));

        var decision = MissedNight.Decide(Nightly, SweepStart, clock.GetUtcNow());

        Assert.That((decision.RunNow, decision.MissedFireTime, decision.MissedCount), Is.EqualTo((true, (DateTimeOffset?)SweepStart.AddDays(1), 1)));
        Assert.That(decision.Reason, Does.Contain("2026-11-23 01:00:00 (Asia/Shanghai) was missed"));
    }

    [Test]
    public void Decide_DownForThreeNights_RunsOnceNamingTheLatestMissedNight()
    {
        var clock = new FakeTime(SweepStart);
        clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(2));

        var decision = MissedNight.Decide(Nightly, SweepStart, clock.GetUtcNow());

        Assert.That((decision.RunNow, decision.MissedFireTime, decision.MissedCount), Is.EqualTo((true, (DateTimeOffset?)SweepStart.AddDays(3), 3)));
        Assert.That(decision.Reason, Does.Contain("3 scheduled sweeps"));
    }

    [Test]
    public void Decide_LastSweepStartedLateThatNight_CountsForThatNight()
    {
        // Tonight's sweep was made up at 08:00 after a missed night; restarting at noon must not run another.
        var madeUp = SweepStart.AddHours(7);
        var clock = new FakeTime(madeUp);
        clock.Advance(TimeSpan.FromHours(4));

        var decision = MissedNight.Decide(Nightly, madeUp, clock.GetUtcNow());

        Assert.That(decision.RunNow, Is.False);
    }

    [Test]
    public void Decide_DownForYearsWithAMinutelySchedule_StopsCountingAndStillRunsOnce()
    {
        var minutely = CronSchedule.Parse("0 * * * * ?", Shanghai);
        var clock = new FakeTime(SweepStart);
        clock.Advance(TimeSpan.FromDays(730));

        var decision = MissedNight.Decide(minutely, SweepStart, clock.GetUtcNow());

        Assert.That((decision.RunNow, decision.MissedCount), Is.EqualTo((true, 10_000)));
        Assert.That(decision.Reason, Does.Contain("10000+ scheduled sweeps"));
    }
}
