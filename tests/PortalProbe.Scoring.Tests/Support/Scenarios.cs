using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scripts;

namespace PortalProbe.Scoring.Tests.Support;

/// <summary>Builds scenario results as a run stores them: one attempt with a verdict, facts with the run's mode.</summary>
internal static class Scenarios
{
    public static readonly DateTimeOffset At = new(2026, 4, 1, 2, 0, 0, TimeSpan.Zero);

    public static readonly CityInfo Hangzhou = new("330100", "杭州市", "浙江省", "新一线", "副省级");

    public static SourcedScenario Of(
        ScenarioKind kind, Verdict verdict, bool live = false, ChannelKind channel = ChannelKind.Web, string? name = null,
        long runId = 1, IReadOnlyList<EvidenceRef>? evidence = null, params FactValue[] facts)
    {
        var mode = FactValue.Of(FactRegistry.Mode, live ? "live" : "dry-run");
        var attempt = new AttemptResult(1, verdict, verdict == Verdict.Pass ? "all steps passed" : $"{verdict.ToId()} at step 2", null, At,
            TimeSpan.FromSeconds(2), [new StepResult(0, "goto", "goto home", new SourceLocation("x.yaml", 1, 1), StepOutcome.Passed, null, TimeSpan.FromSeconds(1))],
            evidence ?? []);
        return new SourcedScenario(runId, At, new ScenarioResult(name ?? kind.ToId(), kind, channel, [attempt], [mode, .. facts]));
    }

    public static CityResultSet City(params SourcedScenario[] scenarios) => new(Hangzhou, scenarios);

    public static FactValue Fact(FactDefinition fact, bool value) => FactValue.Of(fact, value);

    public static FactValue Fact(FactDefinition fact, int value) => FactValue.Of(fact, value);

    public static FactValue Ratio(FactDefinition fact, double value) => FactValue.Ratio(fact, value);
}
