using PortalProbe.Cities;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// What to run of a city script: run-time variables (<c>--var</c>), an optional scenario and channel filter,
/// and the mode. Only an evaluation campaign runs live; every other run is a dry run.
/// </summary>
public sealed record RunRequest(
    IReadOnlyDictionary<string, string> Vars,
    string? Scenario = null,
    ChannelKind? Channel = null,
    string Mode = RunRequest.DryRun)
{
    public const string DryRun = "dry-run";
    public const string Live = "live";
}
