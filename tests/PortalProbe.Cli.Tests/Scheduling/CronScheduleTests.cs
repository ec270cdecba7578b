using PortalProbe.Cli.Scheduling;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>Next fire times of the schedules <c>serve</c> uses, in Asia/Shanghai (UTC+8 all year, no daylight saving).</summary>
public sealed class CronScheduleTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static CronSchedule Nightly => CronSchedule.Parse(ScheduleDefaults.SweepCron, Shanghai);

    private static DateTimeOffset Utc(int month, int day, int hour, int minute = 0, int second = 0) =>
        new(2026, month, day, hour, minute, second, TimeSpan.Zero);

    [Test]
    public void NextAfter_EveningInBeijing_IsOneOClockBeijingThatNightWhichIs17Utc()
    {
        // 20:00 in Beijing on 22 November.
        Assert.That(Nightly.NextAfter(Utc(11, 22, 12)), Is.EqualTo(Utc(11, 22, 17)));
    }

    [Test]
    public void NextAfter_OneSecondBeforeFireTime_IsThatFireTime()
    {
        Assert.That(Nightly.NextAfter(Utc(11, 22, 16, 59, 59)), Is.EqualTo(Utc(11, 22, 17)));
    }

    [Test]
    public void NextAfter_ExactlyAtFireTime_IsTheNextNight()
    {
        Assert.That(Nightly.NextAfter(Utc(11, 22, 17)), Is.EqualTo(Utc(11, 23, 17)));
    }

    [Test]
    public void NextAfter_MidnightUtcIsMorningInBeijing_IsTheComingNight()
    {
        // 00:30 UTC on 23 November is 08:30 in Beijing: tonight's 01:00 has passed, the next is 01:00 on the 24th.
        Assert.That(Nightly.NextAfter(Utc(11, 23, 0, 30)), Is.EqualTo(Utc(11, 23, 17)));
    }

    [TestCase(3, 28)]
    [TestCase(3, 29)]
    [TestCase(10, 25)]
    [TestCase(12, 31)]
    public void NextAfter_AroundEuropeanAndAmericanClockChanges_StaysAt17Utc(int month, int day)
    {
        Assert.That(Nightly.NextAfter(Utc(month, day, 12)), Is.EqualTo(Utc(month, day, 17)));
    }

    [Test]
    public void NextAfter_WeekdaysOnly_SkipsTheWeekend()
    {
        var weekdays = CronSchedule.Parse("0 0 1 ? * MON-FRI", Shanghai);

        // Friday 27 November 2026, 02:00 in Beijing: the next weekday night is Monday 30 November, 01:00 Beijing.
        Assert.That(weekdays.NextAfter(Utc(11, 26, 18)), Is.EqualTo(Utc(11, 29, 17)));
    }

    [Test]
    public void Describe_FireTime_IsTheWallClockOfTheZone()
    {
        Assert.That(Nightly.Describe(Utc(11, 22, 17)), Is.EqualTo("2026-11-23 01:00:00 (Asia/Shanghai)"));
    }

    [TestCase("0 0 25 * * ?")]
    [TestCase("0 0 1 * *")]
    [TestCase("nightly")]
    public void Parse_NotACronExpression_Throws(string text)
    {
        Assert.Throws<FormatException>(() => CronSchedule.Parse(text, Shanghai));
    }
}
