using PortalProbe.Results;
using PortalProbe.Sweeps;

namespace PortalProbe.Cli.Sweeps;

/// <summary>A sweep that ran to its end: every city's counted run, the cities that could not run, and the regressions.</summary>
internal sealed record SweepOutcome(
    Sweep Sweep, IReadOnlyList<CityRunResult> Runs, IReadOnlyList<string> NotRun, IReadOnlyList<Regression> Regressions, int BrowserLaunches)
{
    /// <summary>As for <c>run</c>: 3 when something errored (a city that could not run included), 1 when a scenario failed, else 0.</summary>
    public int ExitCode =>
        NotRun.Count > 0 || Runs.Any(r => r.ExitCode == ExitCodes.Errored) ? ExitCodes.Errored
        : Runs.Any(r => r.ExitCode == ExitCodes.Failed) ? ExitCodes.Failed
        : ExitCodes.Ok;
}
