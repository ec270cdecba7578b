using PortalProbe.Campaigns;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Why a scenario stopped before a live-only step without failing: a dry run, or a live action this
/// campaign already performed. The steps from there on are recorded as not run with <see cref="Note"/>.
/// </summary>
internal sealed record StepLoopStop(Step Step, string Note, string Why)
{
    public static StepLoopStop DryRun(Step step) => new(
        step,
        "dry run: not performed (a live campaign run performs it)",
        "dry run");

    public static StepLoopStop AlreadyPerformed(Step step, LiveActionRecord record) => new(
        step,
        "not repeated: this campaign already performed it",
        $"already performed live in this campaign by run {record.RunId}, not repeated");

    public string Reason(Scenario scenario, int passed)
    {
        var what = Step.Label ?? Step.Describe();
        return $"{Why}: the {passed} steps before '{what}' at {Step.Location} passed; it and the {scenario.Steps.Count - passed - 1} steps after it have side effects and were not performed";
    }
}
