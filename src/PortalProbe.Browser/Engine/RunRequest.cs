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
    public const string DryRun = "dry-run";
    public const string Live = "live";

    public string Mode => LiveCampaign is null ? DryRun : Live;
}
