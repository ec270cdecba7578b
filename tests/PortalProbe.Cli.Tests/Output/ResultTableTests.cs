using PortalProbe.Cities;
using PortalProbe.Cli.Output;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Output;

public sealed class ResultTableTests
{
    [Test]
    public void Write_MixedVerdicts_MatchesGoldenTable()
    {
        var started = new DateTimeOffset(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);
        var at = new SourceLocation("checks/cities/330100-hangzhou.yaml", 20, 9);
        StepResult Step(int i, StepOutcome outcome) => new(i, "goto", "goto ${entry}", at, outcome, null, TimeSpan.FromMilliseconds(300));
        AttemptResult Attempt(int n, Verdict verdict, string reason, string? hint = null, StepOutcome last = StepOutcome.Passed) =>
            new(n, verdict, reason, hint, started, TimeSpan.FromMilliseconds(1200), [Step(1, StepOutcome.Passed), Step(2, last)], []);
        var run = new CityRunResult(7, new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), started, started.AddMinutes(1), true,
        [
            new("home", ScenarioKind.Custom, ChannelKind.Web, [Attempt(1, Verdict.Pass, "all 2 steps passed")], []),
            new("register", ScenarioKind.Registration, ChannelKind.Web, [Attempt(1, Verdict.Pass, "dry run: stopped before '获取短信验证码'", last: StepOutcome.NotRun)],
                [FactValue.Of(FactRegistry.Mode, "dry-run")]),
            new("submit", ScenarioKind.Submission, ChannelKind.Wechat,
                [Attempt(1, Verdict.Fail, "step 2 failed: timed out"), Attempt(2, Verdict.Pass, "all 2 steps passed")], []),
            new("faq", ScenarioKind.SelfService, ChannelKind.App,
                [Attempt(1, Verdict.Fail, "step 2 failed", "the script may be outdated"), Attempt(2, Verdict.Fail, "step 2 of 2 'click text=常见问题' failed: no element", "the script may be outdated")], []),
            new("login", ScenarioKind.Login, ChannelKind.Wechat, [Attempt(1, Verdict.Manual, "needs a human: the page only opens inside the WeChat client", last: StepOutcome.Manual)], []),
        ]);
        using var output = new StringWriter();

        ResultTable.Write(Consoles.For(new CliEnvironment(output, TextWriter.Null, ".", _ => null, TimeProvider.System, Interactive: false)), run);

        Golden.AssertMatches("result-table.txt", output.ToString());
    }
}
