using PortalProbe.Campaigns;
using PortalProbe.Cities;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// What to run of a city script: run-time variables (<c>--var</c>), an optional scenario and channel filter,
/// and the campaign. Only a run inside an open campaign is live; every other run is a dry run.
/// </summary>
public sealed record RunRequest(
    IReadOnlyDictionary<string, string> Vars,
    string? Scenario = null,
    ChannelKind? Channel = null,
    Campaign? LiveCampaign = null)
{
    /// <summary>The reason recorded for the scenarios a city had not finished when its time budget ran out.</summary>
    public const string BudgetExceeded = "city time budget exceeded";

    public const string DryRun = "dry-run";
    public const string Live = "live";

    public string Mode => LiveCampaign is null ? DryRun : Live;

    /// <summary>
    /// How long the city may take (a sweep's per-city budget); when it runs out, the scenario in progress is
    /// cancelled and every unfinished scenario is recorded as error with <see cref="BudgetExceeded"/>. Null: no limit.
    /// </summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>
    /// True in a sweep: a failed scenario is not re-checked within the run but later in the sweep
    /// (<see cref="CityRunner.RecheckAsync"/>), and a run with re-checks pending stays incomplete until then.
    /// False (<c>run --city</c>): a failed scenario is re-checked in the run, after the configured delay.
    /// </summary>
    public bool DeferRechecks { get; init; }
}
