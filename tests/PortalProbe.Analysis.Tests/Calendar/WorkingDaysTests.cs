using System.Globalization;
using PortalProbe.Analysis.Calendar;

namespace PortalProbe.Analysis.Tests.Calendar;

/// <summary>Working days from submission to first reply, counted in Beijing time from the next working day.</summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Days = new(ShippedCalendar.Calendar);

    // Times carry +08:00 (Beijing) unless the case is about another offset.
    [TestCase("2024-05-13T09:00+08:00", "2024-05-13T17:00+08:00", 0, TestName = "Between_ReplyOnTheDayOfSubmission_IsZero")]
    [TestCase("2024-05-13T09:00+08:00", "2024-05-14T09:00+08:00", 1, TestName = "Between_MondayToTuesday_IsOne")]
    [TestCase("2024-05-13T09:00+08:00", "2024-05-17T18:00+08:00", 4, TestName = "Between_MondayToFriday_IsFour")]
    [TestCase("2024-05-13T09:00+08:00", "2024-05-20T09:00+08:00", 5, TestName = "Between_MondayToNextMonday_IsFive")]
    [TestCase("2024-05-17T20:00+08:00", "2024-05-20T10:00+08:00", 1, TestName = "Between_FridayEveningToMonday_IsOne")]
    [TestCase("2024-05-18T11:00+08:00", "2024-05-20T10:00+08:00", 1, TestName = "Between_SaturdayToMonday_IsOne")]
    [TestCase("2024-05-18T11:00+08:00", "2024-05-19T10:00+08:00", 0, TestName = "Between_SaturdayToSunday_IsZero")]
    [TestCase("2024-09-30T18:00+08:00", "2024-10-08T10:00+08:00", 1, TestName = "Between_NationalDayEveToFirstDayBack_IsOne")]
    [TestCase("2024-10-03T10:00+08:00", "2024-10-08T10:00+08:00", 1, TestName = "Between_SubmittedDuringNationalDay_CountsFromFirstDayBack")]
    [TestCase("2024-10-11T10:00+08:00", "2024-10-12T10:00+08:00", 1, TestName = "Between_ReplyOnAdjustedSaturday_CountsIt")]
    [TestCase("2024-10-11T10:00+08:00", "2024-10-14T10:00+08:00", 2, TestName = "Between_AcrossAdjustedSaturday_CountsIt")]
    [TestCase("2024-02-08T10:00+08:00", "2024-02-19T10:00+08:00", 3, TestName = "Between_AcrossSpringFestival2024_CountsEveAndAdjustedSunday")]
    [TestCase("2025-01-27T10:00+08:00", "2025-02-05T10:00+08:00", 1, TestName = "Between_AcrossSpringFestival2025_ChuxiIsAHoliday")]
    [TestCase("2025-01-24T10:00+08:00", "2025-01-27T10:00+08:00", 2, TestName = "Between_AcrossAdjustedSunday2025_CountsIt")]
    [TestCase("2025-04-30T10:00+08:00", "2025-05-06T10:00+08:00", 1, TestName = "Between_AcrossLabourDay2025_MayTheSecondIsAHoliday")]
    [TestCase("2026-02-13T10:00+08:00", "2026-02-24T10:00+08:00", 2, TestName = "Between_AcrossSpringFestival2026_NineDaysOff")]
    [TestCase("2023-09-28T10:00+08:00", "2023-10-09T10:00+08:00", 3, TestName = "Between_AcrossNationalDay2023_TwoAdjustedWeekendDays")]
    [TestCase("2024-12-31T10:00+08:00", "2025-01-03T10:00+08:00", 2, TestName = "Between_AcrossNewYear2025_SkipsNewYearsDay")]
    [TestCase("2025-12-31T10:00+08:00", "2026-01-05T10:00+08:00", 2, TestName = "Between_AcrossNewYear2026_CountsAdjustedSundayAndMonday")]
    [TestCase("2022-12-31T10:00+08:00", "2023-01-03T10:00+08:00", 1, TestName = "Between_SubmittedOnLastDayOfUncoveredYear_NeedsOnlyTheNextYear")]
    [TestCase("2024-05-16T16:30Z", "2024-05-20T01:00Z", 1, TestName = "Between_UtcThursdayThatIsFridayInBeijing_CountsFromBeijingDate")]
    [TestCase("2024-05-16T10:00+08:00", "2024-05-19T15:59Z", 1, TestName = "Between_ReplyOneMinuteBeforeBeijingMidnight_IsStillSunday")]
    [TestCase("2024-05-16T10:00+08:00", "2024-05-19T16:00Z", 2, TestName = "Between_ReplyAtBeijingMidnight_IsAlreadyMonday")]
    [TestCase("2024-05-16T10:00+08:00", "2024-05-20T08:30+09:30", 2, TestName = "Between_ReplyInAnotherOffset_IsMondayInBeijing")]
    public void Between_Span_CountsWorkingDays(string submitted, string replied, int expected)
    {
        var count = Days.Between(Instant(submitted), Instant(replied));

        Assert.That(count.Days, Is.EqualTo(expected), count.ToString());
        Assert.That(count.IsMeasured, Is.True);
    }

    [TestCase("2026-12-30T10:00+08:00", "2027-01-04T10:00+08:00", "2027")]
    [TestCase("2022-12-29T10:00+08:00", "2023-01-03T10:00+08:00", "2022")]
    [TestCase("2027-03-01T10:00+08:00", "2027-03-02T10:00+08:00", "2027")]
    [TestCase("2022-12-30T10:00+08:00", "2028-01-02T10:00+08:00", "2022, 2027, 2028")]
    public void Between_YearMissingFromCalendar_IsNotMeasuredNamingTheYear(string submitted, string replied, string years)
    {
        var count = Days.Between(Instant(submitted), Instant(replied));

        Assert.That(count.IsMeasured, Is.False);
        Assert.That(count.Days, Is.Null);
        Assert.That(count.NotMeasuredReason, Does.Contain($"no data for {years} "));
        Assert.That(count.ToString(), Does.StartWith("not measured: "));
    }

    [Test]
    public void Between_SameDayInUncoveredYear_IsZeroWithoutNeedingTheYear()
    {
        var count = Days.Between(Instant("2027-03-01T09:00+08:00"), Instant("2027-03-01T17:00+08:00"));

        Assert.That(count.Days, Is.EqualTo(0));
    }

    [Test]
    public void Between_ReplyBeforeSubmission_IsNotMeasured()
    {
        var count = Days.Between(Instant("2024-05-14T10:00+08:00"), Instant("2024-05-13T10:00+08:00"));

        Assert.That(count.IsMeasured, Is.False);
        Assert.That(count.NotMeasuredReason, Does.Contain("earlier than the submission"));
    }

    [TestCase("2024-05-13T09:00+08:00", "2024-05-17T09:00+08:00", true)]
    [TestCase("2024-05-13T09:00+08:00", "2024-05-20T23:59+08:00", true)]
    [TestCase("2024-05-13T09:00+08:00", "2024-05-21T00:00+08:00", false)]
    [TestCase("2024-09-27T09:00+08:00", "2024-10-09T09:00+08:00", true)]   // Sun 29, Mon 30, Tue 8, Wed 9: 4
    [TestCase("2024-09-27T09:00+08:00", "2024-10-12T09:00+08:00", false)]  // + Thu 10, Fri 11, adjusted Sat 12: 7
    public void RepliedWithin_FiveWorkingDays_JudgesTheCount(string submitted, string replied, bool expected)
    {
        var timeliness = Days.RepliedWithin(Instant(submitted), Instant(replied), 5);

        Assert.That(timeliness.Within, Is.EqualTo(expected), timeliness.Count.ToString());
        Assert.That(timeliness.Limit, Is.EqualTo(5));
    }

    [Test]
    public void RepliedWithin_YearMissing_IsUnknownWithTheReason()
    {
        var timeliness = Days.RepliedWithin(Instant("2027-01-04T09:00+08:00"), Instant("2027-01-05T09:00+08:00"), 5);

        Assert.That(timeliness.Within, Is.Null);
        Assert.That(timeliness.Count.NotMeasuredReason, Does.Contain("2027"));
    }

    [Test]
    public void RepliedWithin_NegativeLimit_Throws()
    {
        Assert.That(() => Days.RepliedWithin(Instant("2024-05-13T09:00+08:00"), Instant("2024-05-14T09:00+08:00"), -1),
            Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static DateTimeOffset Instant(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
