using System.Globalization;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Engine;
using PortalProbe.Scripts;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Sweeps;

namespace PortalProbe.Cli.Sweeps;

/// <summary>
/// A sweep checked and ready to run: its scripts, request and options, and once recorded (new or resumed) the sweep.
/// </summary>
internal sealed record SweepPlan(
    Sweep? Sweep,
    bool Resumed,
    SqliteSweepStore Store,
    IReadOnlyDictionary<string, CheckScript> Scripts,
    RunRequest? Request,
    ScenarioServices? Services,
    SweepOptions? Options,
    IReadOnlyList<string> Problems)
{
    /// <summary>What the sweep asks (cities, checks, variables, mode); the stored request when it resumes a sweep.</summary>
    public SweepRequest? Asked { get; init; }

    public static SweepPlan Refused(SqliteSweepStore store, IReadOnlyList<string> problems) =>
        new(null, false, store, new Dictionary<string, CheckScript>(), null, null, null, problems);

    public string Describe()
    {
        var sweep = Sweep!;
        var verb = Resumed ? "Resuming" : "Starting";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{verb} sweep {sweep.Id} ({sweep.Request.Mode}): {sweep.Request.Cities.Count} cities, {Options!.Parallel} at a time, " +
            $"at most one per portal host, each within {Options.CityBudget.TotalSeconds:0} s.");
    }
}
