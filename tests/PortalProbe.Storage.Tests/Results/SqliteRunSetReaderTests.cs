using PortalProbe.Campaigns;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Results;

/// <summary>The run sets scores are made from: latest completed per city, the one before, a campaign's runs.</summary>
internal sealed class SqliteRunSetReaderTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task LatestCompletedRunsAsync_SkipsIncompleteRunsAndGivesOnePerCity()
    {
        var store = await OpenStoreAsync();
        var old = await CompletedRunAsync(store, TestResults.Hangzhou, Start);
        var latest = await CompletedRunAsync(store, TestResults.Hangzhou, Start.AddDays(1));
        await store.BeginRunAsync(TestResults.RunOf(TestResults.Hangzhou, Start.AddDays(2)), None); // never completed
        var beijing = await CompletedRunAsync(store, TestResults.Beijing, Start);
        var reader = new SqliteRunSetReader(Data, new StorageOptions());

        var current = await reader.LatestCompletedRunsAsync(0, None);
        var previous = await reader.LatestCompletedRunsAsync(1, None);

        Assert.Multiple(() =>
        {
            Assert.That(current.Select(r => r.RunId), Is.EqualTo(new[] { beijing, latest }), "by city code");
            Assert.That(previous.Select(r => r.RunId), Is.EqualTo(new[] { old }));
            Assert.That(current[1].Scenarios.Single().Scenario, Is.EqualTo("home"));
        });
    }

    [Test]
    public async Task CampaignRunsAsync_TakesItsLiveRunsAndTheRunsWhileItWasOpen()
    {
        var store = await OpenStoreAsync();
        var campaigns = await OpenCampaignStoreAsync();
        var before = await CompletedRunAsync(store, TestResults.Hangzhou, Start.AddDays(-1));
        var (campaign, live) = await TestCampaigns.StartWithRunAsync(campaigns, store, "spring", TestResults.Hangzhou, Start);
        await store.SaveScenarioAsync(live, TestResults.Scenario("home"), None);
        await store.CompleteRunAsync(live, Start.AddMinutes(5), None);
        var during = await CompletedRunAsync(store, TestResults.Beijing, Start.AddHours(3));
        await campaigns.CloseAsync(campaign.Name, Start.AddDays(1), None);
        await CompletedRunAsync(store, TestResults.Beijing, Start.AddDays(2));
        var reader = new SqliteRunSetReader(Data, new StorageOptions());

        var runs = await reader.CampaignRunsAsync("SPRING", None);

        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r.RunId), Is.EqualTo(new[] { live, during }));
            Assert.That(runs.Select(r => r.RunId), Does.Not.Contain(before));
            Assert.ThrowsAsync<CampaignException>(() => reader.CampaignRunsAsync("autumn", None));
        });
    }

    private static async Task<long> CompletedRunAsync(SqliteResultStore store, Cities.CityInfo city, DateTimeOffset at)
    {
        var id = await store.BeginRunAsync(TestResults.RunOf(city, at), None);
        await store.SaveScenarioAsync(id, TestResults.Scenario("home"), None);
        await store.CompleteRunAsync(id, at.AddMinutes(5), None);
        return id;
    }
}
