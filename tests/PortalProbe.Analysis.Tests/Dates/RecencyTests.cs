using PortalProbe.Analysis.Dates;
using static PortalProbe.Analysis.Tests.Dates.PublicationDatesTests;

namespace PortalProbe.Analysis.Tests.Dates;

/// <summary>The evaluators' windows at their edges: the last day inside is recent, the next one stale.</summary>
public sealed class RecencyTests
{
    public static IEnumerable<TestCaseData> Edges()
    {
        yield return Case("news, 14 days old", "2024-06-01", "2024-06-15", RecencyWindows.NewsColumn, RecencyVerdict.Recent);
        yield return Case("news, 15 days old", "2024-05-31", "2024-06-15", RecencyWindows.NewsColumn, RecencyVerdict.Stale);
        yield return Case("news, same day", "2024-06-15", "2024-06-15", RecencyWindows.NewsColumn, RecencyVerdict.Recent);
        yield return Case("notice, exactly 6 calendar months", "2024-05-12", "2024-11-12", RecencyWindows.NoticesAndPolicies, RecencyVerdict.Recent);
        yield return Case("notice, 6 months and a day", "2024-05-11", "2024-11-12", RecencyWindows.NoticesAndPolicies, RecencyVerdict.Stale);
        yield return Case("notice, July to January", "2024-07-01", "2025-01-01", RecencyWindows.NoticesAndPolicies, RecencyVerdict.Recent);
        yield return Case("report for May on 1 August", "2024-05-31", "2024-08-01", RecencyWindows.DataReports, RecencyVerdict.Recent);
        yield return Case("report for May on 2 August", "2024-05-31", "2024-08-02", RecencyWindows.DataReports, RecencyVerdict.Stale);
        yield return Case("date after the as-of day", "2024-06-20", "2024-06-15", RecencyWindows.NewsColumn, RecencyVerdict.Recent);
        yield return Case("zero window, same day", "2024-06-15", "2024-06-15", TimeSpan.Zero, RecencyVerdict.Recent);
        yield return Case("zero window, a day old", "2024-06-14", "2024-06-15", TimeSpan.Zero, RecencyVerdict.Stale);
    }

    [TestCaseSource(nameof(Edges))]
    public void Judge_WindowEdge_IsRecentUpToTheLastDay(DateOnly newest, DateOnly asOf, TimeSpan window, RecencyVerdict expected)
    {
        Assert.That(Recency.Judge(newest, asOf, window), Is.EqualTo(expected));
    }

    [Test]
    public void Judge_NoDate_IsUndated()
    {
        Assert.That(Recency.Judge(null, new DateOnly(2024, 6, 15), RecencyWindows.NewsColumn), Is.EqualTo(RecencyVerdict.Undated));
    }

    [Test]
    public void Judge_NegativeWindow_Throws()
    {
        Assert.That(() => Recency.Judge(null, new DateOnly(2024, 6, 15), TimeSpan.FromDays(-1)), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void DefaultWindows_AreTheEvaluatorsRules()
    {
        Assert.That(RecencyWindows.NewsColumn, Is.EqualTo(TimeSpan.FromDays(14)));
        Assert.That(RecencyWindows.NoticesAndPolicies, Is.EqualTo(TimeSpan.FromDays(184)));
        Assert.That(RecencyWindows.DataReports, Is.EqualTo(TimeSpan.FromDays(62)));
    }

    [TestCase("2024年5月12345热线诉求数据分析报告", "2024-07-31", RecencyVerdict.Recent)]
    [TestCase("2024年5月12345热线诉求数据分析报告", "2024-08-02", RecencyVerdict.Stale)]
    [TestCase("热点诉求案例：小区停车难问题得到解决", "2024-07-31", RecencyVerdict.Undated)]
    public void Judge_MonthlyReportPage_UsesTheDataReportWindow(string page, string asOf, RecencyVerdict expected)
    {
        var newest = PublicationDates.Newest(page, Day(asOf));

        Assert.That(Recency.Judge(newest?.Date, Day(asOf), RecencyWindows.DataReports), Is.EqualTo(expected));
    }

    private static TestCaseData Case(string name, string newest, string asOf, TimeSpan window, RecencyVerdict expected) =>
        new TestCaseData(Day(newest), Day(asOf), window, expected).SetArgDisplayNames(name);
}
