using System.Globalization;
using PortalProbe.Analysis.Calendar;

namespace PortalProbe.Analysis.Tests.Calendar;

/// <summary>The shipped calendar against the State Council's announcements for 2023 to 2026.</summary>
public sealed class ShippedCalendarTests
{
    public static IEnumerable<TestCaseData> CalendarFiles() =>
        Directory.EnumerateFiles(ShippedCalendar.Folder, "*.y*ml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetArgDisplayNames(Path.GetFileName(f)));

    [Test]
    public void CalendarFiles_ChecksFolder_HoldsTheShippedCalendar()
    {
        Assert.That(CalendarFiles().Select(c => c.Arguments[0]), Does.Contain(ShippedCalendar.Path));
    }

    [TestCaseSource(nameof(CalendarFiles))]
    public void Load_EveryCalendarFileInChecks_HasNoDiagnostics(string path)
    {
        var result = WorkdayCalendar.Load(path);

        Assert.That(result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Load_ShippedFile_CoversExactly2023To2026()
    {
        Assert.That(ShippedCalendar.Calendar.Years, Is.EqualTo(new[] { 2023, 2024, 2025, 2026 }));
    }

    // The sum of the announcement's "共N天" per year, counting only days inside the year
    // (元旦 2023 was announced as 2022-12-31 to 2023-01-02; 元旦 2024 and 端午 2024 as 1 day "与周末连休").
    [TestCase(2023, 26)]
    [TestCase(2024, 28)]
    [TestCase(2025, 28)]
    [TestCase(2026, 33)]
    public void Holidays_EachYear_AddUpToTheAnnouncedDays(int year, int days)
    {
        var holidays = ShippedCalendar.Calendar.Year(year)!.Holidays;

        Assert.That(holidays.Sum(h => h.To.DayNumber - h.From.DayNumber + 1), Is.EqualTo(days));
    }

    [TestCase(2023, 7)]
    [TestCase(2024, 8)]
    [TestCase(2025, 5)]
    [TestCase(2026, 6)]
    public void AdjustedWorkdays_EachYear_AreTheAnnouncedWeekendDays(int year, int count)
    {
        var workdays = ShippedCalendar.Calendar.Year(year)!.AdjustedWorkdays;

        Assert.That(workdays, Has.Count.EqualTo(count));
        Assert.That(workdays.Select(d => d.DayOfWeek), Is.All.AnyOf(DayOfWeek.Saturday, DayOfWeek.Sunday));
    }

    // 2023
    [TestCase("2023-01-02", DayKind.Holiday)]          // 元旦, Monday
    [TestCase("2023-01-27", DayKind.Holiday)]          // 春节 ends on a Friday
    [TestCase("2023-01-28", DayKind.AdjustedWorkday)]  // Saturday
    [TestCase("2023-01-29", DayKind.AdjustedWorkday)]  // Sunday
    [TestCase("2023-04-05", DayKind.Holiday)]          // 清明节 on a Wednesday, one day
    [TestCase("2023-04-06", DayKind.Workday)]
    [TestCase("2023-04-23", DayKind.AdjustedWorkday)]
    [TestCase("2023-05-03", DayKind.Holiday)]
    [TestCase("2023-05-06", DayKind.AdjustedWorkday)]
    [TestCase("2023-06-25", DayKind.AdjustedWorkday)]
    [TestCase("2023-09-29", DayKind.Holiday)]          // 中秋节, joined with 国庆节
    [TestCase("2023-10-06", DayKind.Holiday)]
    [TestCase("2023-10-07", DayKind.AdjustedWorkday)]
    [TestCase("2023-10-08", DayKind.AdjustedWorkday)]
    [TestCase("2023-10-09", DayKind.Workday)]
    // 2024
    [TestCase("2024-01-01", DayKind.Holiday)]
    [TestCase("2024-02-04", DayKind.AdjustedWorkday)]
    [TestCase("2024-02-09", DayKind.Workday)]          // 除夕 2024 was not yet a public holiday
    [TestCase("2024-02-10", DayKind.Holiday)]
    [TestCase("2024-02-17", DayKind.Holiday)]
    [TestCase("2024-02-18", DayKind.AdjustedWorkday)]
    [TestCase("2024-04-04", DayKind.Holiday)]
    [TestCase("2024-04-07", DayKind.AdjustedWorkday)]
    [TestCase("2024-04-28", DayKind.AdjustedWorkday)]
    [TestCase("2024-05-02", DayKind.Holiday)]
    [TestCase("2024-05-11", DayKind.AdjustedWorkday)]
    [TestCase("2024-06-10", DayKind.Holiday)]          // 端午节, Monday
    [TestCase("2024-09-14", DayKind.AdjustedWorkday)]
    [TestCase("2024-09-17", DayKind.Holiday)]
    [TestCase("2024-09-29", DayKind.AdjustedWorkday)]
    [TestCase("2024-10-07", DayKind.Holiday)]
    [TestCase("2024-10-12", DayKind.AdjustedWorkday)]
    [TestCase("2024-10-13", DayKind.Weekend)]
    // 2025: 除夕 and 5月2日 are public holidays from this year on
    [TestCase("2025-01-01", DayKind.Holiday)]
    [TestCase("2025-01-26", DayKind.AdjustedWorkday)]
    [TestCase("2025-01-27", DayKind.Workday)]
    [TestCase("2025-01-28", DayKind.Holiday)]          // 除夕
    [TestCase("2025-02-04", DayKind.Holiday)]
    [TestCase("2025-02-08", DayKind.AdjustedWorkday)]
    [TestCase("2025-04-04", DayKind.Holiday)]
    [TestCase("2025-04-27", DayKind.AdjustedWorkday)]
    [TestCase("2025-05-02", DayKind.Holiday)]
    [TestCase("2025-05-05", DayKind.Holiday)]
    [TestCase("2025-05-10", DayKind.Weekend)]          // no second adjusted workday after 劳动节 2025
    [TestCase("2025-06-02", DayKind.Holiday)]
    [TestCase("2025-09-28", DayKind.AdjustedWorkday)]
    [TestCase("2025-10-06", DayKind.Holiday)]          // 中秋节 inside the 8-day 国庆节
    [TestCase("2025-10-08", DayKind.Holiday)]
    [TestCase("2025-10-09", DayKind.Workday)]
    [TestCase("2025-10-11", DayKind.AdjustedWorkday)]
    // 2026
    [TestCase("2026-01-02", DayKind.Holiday)]
    [TestCase("2026-01-03", DayKind.Holiday)]
    [TestCase("2026-01-04", DayKind.AdjustedWorkday)]
    [TestCase("2026-02-14", DayKind.AdjustedWorkday)]
    [TestCase("2026-02-15", DayKind.Holiday)]          // 腊月二十八
    [TestCase("2026-02-16", DayKind.Holiday)]          // 除夕
    [TestCase("2026-02-23", DayKind.Holiday)]          // 正月初七, Monday
    [TestCase("2026-02-24", DayKind.Workday)]
    [TestCase("2026-02-28", DayKind.AdjustedWorkday)]
    [TestCase("2026-04-06", DayKind.Holiday)]
    [TestCase("2026-05-05", DayKind.Holiday)]
    [TestCase("2026-05-09", DayKind.AdjustedWorkday)]
    [TestCase("2026-06-19", DayKind.Holiday)]
    [TestCase("2026-09-20", DayKind.AdjustedWorkday)]
    [TestCase("2026-09-25", DayKind.Holiday)]
    [TestCase("2026-10-07", DayKind.Holiday)]
    [TestCase("2026-10-08", DayKind.Workday)]
    [TestCase("2026-10-10", DayKind.AdjustedWorkday)]
    public void KindOf_AnnouncedDay_IsAsAnnounced(string date, DayKind expected)
    {
        Assert.That(ShippedCalendar.Calendar.KindOf(Day(date)), Is.EqualTo(expected));
    }

    [TestCase("2024-02-18", true)]
    [TestCase("2024-02-17", false)]
    [TestCase("2024-05-15", true)]
    [TestCase("2024-05-18", false)]
    [TestCase("2025-01-28", false)]
    public void IsWorkingDay_Day_FollowsItsKind(string date, bool expected)
    {
        Assert.That(ShippedCalendar.Calendar.IsWorkingDay(Day(date)), Is.EqualTo(expected));
    }

    [TestCase(2022)]
    [TestCase(2027)]
    public void IsWorkingDay_YearNotInTheFile_Throws(int year)
    {
        Assert.That(ShippedCalendar.Calendar.Covers(year), Is.False);
        Assert.That(() => ShippedCalendar.Calendar.IsWorkingDay(new DateOnly(year, 3, 2)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
