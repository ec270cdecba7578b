using PortalProbe.Cities;

namespace PortalProbe.Results;

/// <summary>All scenario results of one run of one city.</summary>
public sealed record CityRunResult(
    long RunId,
    CityInfo City,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool Complete,
    IReadOnlyList<ScenarioResult> Scenarios)
{
    /// <summary>0 when nothing failed or errored, 1 when a scenario failed, 3 when one errored.</summary>
    public int ExitCode =>
        Scenarios.Any(s => s.Verdict == Verdict.Error) ? 3
        : Scenarios.Any(s => s.Verdict == Verdict.Fail) ? 1
        : 0;
}
