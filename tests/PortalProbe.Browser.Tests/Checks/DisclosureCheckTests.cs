using System.Globalization;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The disclosure check in Chromium against simulated portals of every style. The simulator dates its lists relative
/// to the portal's as-of date, or when it has none to today in Beijing on the host's clock, which is the clock the
/// probe runs on here too: recent reports are 3 to 30 days old, recent cases 1 to 9, stale reports 200 to 420 days.
/// </summary>
internal sealed class DisclosureCheckTests : BrowserEngineFixture
{
    private const string Recent = "127.78.40.1";
    private const string Stale = "127.78.40.2";
    private const string Undated = "127.78.40.3";
    private const string Absent = "127.78.40.4";
    private const string Wechat = "127.78.40.5";
    private const string App = "127.78.40.6";
    private const string LongAgo = "127.78.40.7";

    private const string BothTopics = """
          - name: reports
            kind: disclosure
            check: { find: reports }
          - name: cases
            kind: disclosure
            check: { find: cases }
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("440101", "近期市", Recent, "JQ")
        {
            DataReports = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.Dashed),
            HotCases = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.MonthDay),
        },
        new("440102", "陈旧市", Stale, "CJ")
        {
            Style = PortalStyle.PcLegacy,
            DataReports = new DisclosureSection(DisclosureFreshness.Stale, DateStyle.Slashed),
            HotCases = new DisclosureSection(DisclosureFreshness.Stale, DateStyle.Labelled),
        },
        new("440103", "无日期市", Undated, "WR")
        {
            DataReports = new DisclosureSection(DisclosureFreshness.Undated),
            HotCases = new DisclosureSection(DisclosureFreshness.Undated),
        },
        new("440104", "未公开市", Absent, "WG") { Search = SearchChannels.Faq | SearchChannels.HotQuestions, EnterpriseEntrance = true },
        new("440105", "微信市", Wechat, "WX")
        {
            Style = PortalStyle.WechatH5,
            Vocabulary = new PortalVocabulary { Reports = "诉求数据", Cases = "案例选登", HotQuestions = "热门咨询", IdPrefix = "zw-", Layout = 1 },
            Search = SearchChannels.HotQuestions,
            DataReports = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.YearMonth),
            HotCases = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.Labelled),
        },
        new("440106", "应用市", App, "YY")
        {
            Style = PortalStyle.AppH5,
            Vocabulary = new PortalVocabulary { Reports = "数据公开", Cases = "典型案例", IdPrefix = "rx-", Layout = 2 },
            DataReports = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.Slashed),
            HotCases = new DisclosureSection(DisclosureFreshness.Stale, DateStyle.Dashed),
        },
        new("440107", "旧日市", LongAgo, "JR")
        {
            AsOf = new DateOnly(2024, 6, 1),
            DataReports = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.Dashed),
        },
    ];

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TimeProvider.System.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    [Test]
    public async Task Disclosure_RecentListsOnPcPortal_PassWithTheNewestDates()
    {
        var run = await RunCityAsync("440101", CityYaml.For("440101", Recent, BothTopics), Request());

        var reports = Scenario(run, "reports");
        var cases = Scenario(run, "cases");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.Contain("/data/reports").And.Contain("within the 62-day window"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsPublished.Name), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsRecent.Name), Is.EqualTo("true"));
            Assert.That(Age(StoredRun.Fact(reports, FactRegistry.ReportsNewest.Name)), Is.InRange(3, 30), "recent reports are 3 to 30 days old");
            Assert.That(cases.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(cases));
            Assert.That(cases.Reason, Does.Contain("/data/cases").And.Contain("within the 14-day window"));
            Assert.That(Age(StoredRun.Fact(cases, FactRegistry.CasesNewest.Name)), Is.InRange(1, 9), "recent cases are 1 to 9 days old, written 5月12日");
            Assert.That(reports.Final.Evidence.Select(e => e.Kind), Is.SupersetOf(new[] { EvidenceKind.Screenshot, EvidenceKind.Json }));
        }

        var judged = System.Text.Encoding.UTF8.GetString(StoredRun.Bytes(Workspace, reports.Final.Evidence.First(e => e.Kind == EvidenceKind.Json)));
        Assert.That(judged, Does.Contain("\"recency\": \"recent\"").And.Contain(StoredRun.Fact(reports, FactRegistry.ReportsNewest.Name)));
    }

    [Test]
    public async Task Disclosure_StaleListsOnLegacyPortal_FailAsOlderThanTheWindow()
    {
        var run = await RunCityAsync("440102", CityYaml.For("440102", Stale, BothTopics), Request());

        var reports = Scenario(run, "reports");
        var cases = Scenario(run, "cases");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.Contain("/xxgk/sjfb.do").And.Contain("older than the 62-day window"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsPublished.Name), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsRecent.Name), Is.EqualTo("false"));
            Assert.That(Age(StoredRun.Fact(reports, FactRegistry.ReportsNewest.Name)), Is.InRange(200, 420));
            Assert.That(cases.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(cases));
            Assert.That(Age(StoredRun.Fact(cases, FactRegistry.CasesNewest.Name)), Is.InRange(45, 200));
        }
    }

    [Test]
    public async Task Disclosure_UndatedLists_FailAsNotUpdatedDespiteMonthsInTheTitles()
    {
        var run = await RunCityAsync("440103", CityYaml.For("440103", Undated, BothTopics), Request());

        var reports = Scenario(run, "reports");
        using (Assert.EnterMultipleScope())
        {
            // The report titles say 「2024年5月运行情况报告」: what a report is about, not when it was published.
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.Contain("no publication date"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsPublished.Name), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsRecent.Name), Is.EqualTo("false"));
            Assert.That(reports.Facts.Any(f => f.Name == FactRegistry.ReportsNewest.Name), Is.False);
            Assert.That(Scenario(run, "cases").Verdict, Is.EqualTo(Verdict.Fail));
        }
    }

    [Test]
    public async Task Disclosure_NothingPublished_FailsSayingWhereItLooked()
    {
        var run = await RunCityAsync("440104", CityYaml.For("440104", Absent, BothTopics), Request());

        var reports = Scenario(run, "reports");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.StartWith("no page publishing appeal data reports").And.Contain("/faq").And.Contain("/hot").And.Contain("/enterprise"));
            Assert.That(StoredRun.Fact(reports, FactRegistry.ReportsPublished.Name), Is.EqualTo("false"));
            Assert.That(Scenario(run, "cases").Reason, Does.StartWith("no page publishing hot appeal cases"));
            Assert.That(StoredRun.Fact(Scenario(run, "cases"), FactRegistry.CasesPublished.Name), Is.EqualTo("false"));
        }
    }

    [Test]
    public async Task Disclosure_WechatPortalWithItsOwnWords_FindsBothThroughHashRoutes()
    {
        var run = await RunCityAsync("440105", CityYaml.For("440105", Wechat, BothTopics, "wechat"), Request());

        var reports = Scenario(run, "reports");
        var cases = Scenario(run, "cases");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.Contain("#/reports").And.Contain("'诉求数据'"));
            Assert.That(cases.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(cases));
            Assert.That(cases.Reason, Does.Contain("#/cases").And.Contain("'案例选登'"), "热门咨询 (hot questions) must not be taken for cases");
        }
    }

    [Test]
    public async Task Disclosure_AppPortal_RecentReportsPassStaleCasesFail()
    {
        var run = await RunCityAsync("440106", CityYaml.For("440106", App, BothTopics, "app"), Request());

        var reports = Scenario(run, "reports");
        var cases = Scenario(run, "cases");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(reports));
            Assert.That(reports.Reason, Does.Contain("/app/reports").And.Contain("'数据公开'"));
            Assert.That(cases.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(cases));
            Assert.That(cases.Reason, Does.Contain("'典型案例'").And.Contain("older than the 14-day window"));
        }
    }

    [Test]
    public async Task Disclosure_ListRecentOnlyForAnOldAsOfDate_IsJudgedByTheRunsClockAndFails()
    {
        var run = await RunCityAsync("440107", CityYaml.For("440107", LongAgo, BothTopics), Request("reports"));

        var reports = Scenario(run, "reports");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(reports.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(reports));
            Assert.That(DateOnly.ParseExact(StoredRun.Fact(reports, FactRegistry.ReportsNewest.Name), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Is.InRange(new DateOnly(2024, 5, 2), new DateOnly(2024, 5, 29)));
        }
    }

    [Test]
    public async Task Disclosure_WindowFromTheScript_OverridesTheDefault()
    {
        const string Wide = """
              - name: reports
                kind: disclosure
                check: { find: reports, window-days: 3650 }
            """;
        var run = await RunCityAsync("440102", CityYaml.For("440102", Stale, Wide), Request());

        var reports = Scenario(run, "reports");
        Assert.That(reports.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(reports));
        Assert.That(reports.Reason, Does.Contain("within the 3650-day window"));
    }

    private static ScenarioResult Scenario(CityRunResult run, string name) => run.Scenarios.Single(s => s.Scenario == name);

    private static int Age(string isoDate) =>
        Today.DayNumber - DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber;
}
