using PortalProbe.Cities;
using PortalProbe.Cli.Report;
using PortalProbe.Cli.Report.Pages;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>The report's pages as golden files, so a change to what evaluators read shows in review; and the span highlighting's edges.</summary>
public sealed class ReportPagesTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);

    [Test]
    public void IndexPage_MixedVerdicts_MatchesGolden() =>
        Golden.AssertMatches("report-index.html", IndexPage.Render(Data()));

    [Test]
    public void CityPage_MixedVerdicts_MatchesGolden()
    {
        using var work = new TempDirectory();
        var evidence = new ReportEvidence(new ContentAddressedEvidenceStore(DataDirectory.Resolve(work.Combine("data"), _ => null, work.Path), TimeProvider.System), work.Combine("report"));

        var data = Data();

        Golden.AssertMatches("report-city.html", CityPage.Render(data.Cities[0], data.Scores, evidence));
    }

    [Test]
    public void Highlight_OverlappingAndOutOfRangeSpans_MergesOverlapsAndIgnoresTheRest()
    {
        var html = ChatTranscript.Highlight("a<b>营业执照c", [(3, 7), (4, 6), (5, 9), (-1, 2), (8, 20), (2, 2)]);

        Assert.That(html, Is.EqualTo("a&lt;b<mark>&gt;营业执照c</mark>"));
    }

    private static IndicatorCatalogue Catalogue() =>
        IndicatorCatalogue.Load(Path.Combine(RepoPaths.Checks, IndicatorCatalogue.FileName)).Catalogue!;

    /// <summary>A city with mixed verdicts, scored with the shipped catalogue and an evaluator's override.</summary>
    private static ReportData Data()
    {
        var at = new SourceLocation("/repo/checks/templates/sim/home.yaml", 5, 5);
        StepResult Step(int i, StepOutcome outcome, string? message = null) => new(i, "goto", "打开首页", at, outcome, message, TimeSpan.FromMilliseconds(300));
        AttemptResult Attempt(int n, Verdict verdict, string reason, StepOutcome last = StepOutcome.Passed, string? hint = null) =>
            new(n, verdict, reason, hint, Started, TimeSpan.FromMilliseconds(1200), [Step(1, StepOutcome.Passed), Step(2, last, last == StepOutcome.Passed ? null : reason)], []);
        var run = new CityRunResult(7, new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), Started, Started.AddMinutes(1), true,
        [
            new("home", ScenarioKind.Custom, ChannelKind.Web, [Attempt(1, Verdict.Pass, "all 2 steps passed")],
                [FactValue.Of(FactRegistry.Mode, "dry-run"), FactValue.Of(FactRegistry.EntryLoad, TimeSpan.FromMilliseconds(412))]),
            new("register", ScenarioKind.Registration, ChannelKind.Web, [Attempt(1, Verdict.Pass, "dry run: stopped before '获取短信验证码'", StepOutcome.NotRun)],
                [FactValue.Of(FactRegistry.Mode, "dry-run")]),
            new("submit", ScenarioKind.Submission, ChannelKind.Wechat,
                [Attempt(1, Verdict.Fail, "step 2 failed: timed out", StepOutcome.Failed), Attempt(2, Verdict.Pass, "all 2 steps passed")], []),
            new("faq", ScenarioKind.SelfService, ChannelKind.App,
                [Attempt(1, Verdict.Fail, "step 2 of 2 failed: no element <dl class=\"faq\">", StepOutcome.Failed, "the script may be outdated")], []),
            new("login", ScenarioKind.Login, ChannelKind.Wechat, [Attempt(1, Verdict.Manual, "needs a human: 请在微信客户端打开", StepOutcome.Manual)], []),
        ]);
        TrendPoint Point(int id, int days, int passed, int failed) => new($"run {id}", Started.AddDays(days), passed, failed, 5);
        var decision = new IndicatorOverride(1, "330100", "resolve.effective", 85, "电话回访：答复有效 <核实>", "zhang", Started.AddMinutes(30), null);
        var scores = new IndicatorScoring(Catalogue(), [decision], Started.AddHours(1)).ScoreAsync([run], CancellationToken.None).GetAwaiter().GetResult();
        return new ReportData("latest completed run of each city", Started.AddHours(1), [new CityReport(run, [Point(3, -2, 2, 3), Point(5, -1, 4, 1), Point(7, 0, 3, 1)])], scores);
    }
}
