using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Scripts;

namespace PortalProbe.Results;

/// <summary>
/// The verdict of one scenario on one channel, decided by its last attempt. <see cref="Flaky"/> marks a
/// scenario that failed and then passed on a re-check.
/// </summary>
public sealed record ScenarioResult(
    string Scenario,
    ScenarioKind Kind,
    ChannelKind Channel,
    IReadOnlyList<AttemptResult> Attempts,
    IReadOnlyList<FactValue> Facts)
{
    public AttemptResult Final => Attempts[^1];

    public Verdict Verdict => Final.Verdict;

    public string Reason => Final.Reason;

    public bool Flaky => Final.Verdict == Verdict.Pass && Attempts.Any(a => a.Verdict == Verdict.Fail);

    /// <summary>
    /// A dry run passed every step up to the first step with side effects and stopped there: it speaks only of
    /// what it tried, never that submitting works.
    /// </summary>
    public bool StoppedForDryRun =>
        Verdict == Verdict.Pass
        && Final.Steps.Any(s => s.Outcome == StepOutcome.NotRun)
        && Facts.Any(f => f.Name == FactRegistry.Mode.Name && f.Value == "dry-run");

    public TimeSpan Duration => TimeSpan.FromTicks(Attempts.Sum(a => a.Duration.Ticks));

    public IEnumerable<EvidenceRef> Evidence => Attempts.SelectMany(a => a.Evidence);
}
