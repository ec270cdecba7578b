using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Results;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>Builders for campaigns, live runs and live-action keys.</summary>
internal static class TestCampaigns
{
    public const string Submission = "submission";

    public static LiveActionKey Key(
        long campaignId, string cityCode = "110000", ChannelKind channel = ChannelKind.Web, string action = Submission) =>
        new(campaignId, cityCode, channel, action);

    public static RunStart LiveRunOf(CityInfo city, DateTimeOffset startedAt, long campaignId) =>
        new(city, $"checks/cities/{city.Code}.yaml", "live", startedAt, campaignId);

    /// <summary>Starts a campaign and begins one live run of <paramref name="city"/> in it.</summary>
    public static async Task<(Campaign Campaign, long RunId)> StartWithRunAsync(
        SqliteCampaignStore campaigns, SqliteResultStore results, string name, CityInfo city, DateTimeOffset at)
    {
        var campaign = await campaigns.StartAsync(name, at, CancellationToken.None);
        var runId = await results.BeginRunAsync(LiveRunOf(city, at.AddMinutes(1), campaign.Id), CancellationToken.None);
        return (campaign, runId);
    }
}
