using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Steps;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>Everything a scenario's check may use while it runs, after the scenario's steps.</summary>
internal sealed record CheckRun(
    StepContext Steps,
    IBrowserContext BrowserContext,
    Scenario Scenario,
    string CityCode,
    ChannelKind Channel,
    RunRequest Request,
    long RunId,
    ScenarioServices Services,
    ICampaignStore Campaigns,
    ILogger Logger)
{
    /// <summary>The channel's entry URL as resolved for this run.</summary>
    public string Entry => Steps.Scope.TryGet("entry", out var entry) ? entry : throw new InvalidOperationException("no entry in scope");

    /// <summary>The start URL a check names, or the channel's entry.</summary>
    public string StartOr(ValueTemplate? start) => start is null ? Entry : Steps.Scope.Resolve(start);
}
