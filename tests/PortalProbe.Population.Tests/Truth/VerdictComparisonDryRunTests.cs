using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Population.Truth;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Population.Tests.Truth;

/// <summary>
/// A dry run that stopped before its first step with side effects cannot speak for registration, login or submission
/// (the fault may lie in the submit itself), so such a pass is not compared with ground truth; a live pass, and a dry
/// run that failed before the side effects, are.
/// </summary>
public sealed class VerdictComparisonDryRunTests
{
    private static readonly DateTimeOffset Started = new(2024, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static CityTruth Truth => new("330100", "杭州市", "浙江省", "新一线", "副省级", "pc")
    {
        Registration = TruthValue.Fails,
        Submission = TruthValue.Fails,
    };

    private static ScenarioResult Scenario(string name, ScenarioKind kind, Verdict verdict, string mode, StepOutcome lastStep)
    {
        StepResult[] steps =
        [
            new(1, "goto", "打开页面", new SourceLocation("t.yaml", 1, 1), StepOutcome.Passed, null, TimeSpan.FromSeconds(1)),
            new(2, "click", "提交", new SourceLocation("t.yaml", 2, 1), lastStep, null, TimeSpan.Zero),
        ];
        return new ScenarioResult(name, kind, ChannelKind.Web, [new AttemptResult(1, verdict, name, null, Started, TimeSpan.FromSeconds(2), steps, [])],
            [FactValue.Of(FactRegistry.Mode, mode)]);
    }

    private static CityRunResult Run(params ScenarioResult[] scenarios) =>
        new(1, new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), Started, Started.AddMinutes(5), true, scenarios);

    [Test]
    public void Compare_DryRunStoppedBeforeTheSubmit_IsNotCompared()
    {
        var comparisons = VerdictComparison.Compare(Truth, Run(
            Scenario("register", ScenarioKind.Registration, Verdict.Pass, "dry-run", StepOutcome.NotRun),
            Scenario("submit", ScenarioKind.Submission, Verdict.Pass, "dry-run", StepOutcome.NotRun)));

        Assert.That(comparisons, Is.Empty);
    }

    [Test]
    public void Compare_LivePassOfABrokenSubmission_IsAFalsePass()
    {
        var comparison = VerdictComparison.Compare(Truth, Run(Scenario("submit", ScenarioKind.Submission, Verdict.Pass, "live", StepOutcome.Passed))).Single();

        Assert.That((comparison.Function, comparison.FalsePass), Is.EqualTo(("submission", true)));
    }

    [Test]
    public void Compare_DryRunThatFailedBeforeTheSubmit_IsCompared()
    {
        var comparison = VerdictComparison.Compare(Truth, Run(Scenario("register", ScenarioKind.Registration, Verdict.Fail, "dry-run", StepOutcome.Failed))).Single();

        Assert.That((comparison.Function, comparison.Matches), Is.EqualTo(("registration", true)));
    }
}
