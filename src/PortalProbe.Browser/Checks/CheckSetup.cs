using PortalProbe.Browser.Engine;
using PortalProbe.Campaigns;
using PortalProbe.Cities;

namespace PortalProbe.Browser.Checks;

/// <summary>The parts of a <see cref="CheckRun"/> that stay the same for every attempt of a scenario.</summary>
internal sealed record CheckSetup(
    string CityCode, ChannelKind Channel, RunRequest Request, long RunId, ScenarioServices Services, ICampaignStore Campaigns)
{
    /// <summary>Where the scenario's <c>sms-code</c> steps get their codes.</summary>
    public Sms.SmsCodeReader SmsCodes { get; init; } = Sms.SmsCodeReader.Unconfigured;
}
