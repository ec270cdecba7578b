using System.Text;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Results;

internal sealed class SqliteResultStoreTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task LatestRunAsync_CompleteRunWithFlakyScenario_ReturnsEverythingSaved()
    {
        var store = await OpenStoreAsync();
        var evidence = CreateEvidenceStore();
        var failedShot = await evidence.SaveAsync(
            EvidenceKind.Screenshot, Encoding.UTF8.GetBytes("png of the failure"), "https://12345.example.cn/submit", "提交失败", None);
        var failedHtml = await evidence.SaveAsync(
            EvidenceKind.Html, Encoding.UTF8.GetBytes("<html>失败</html>"), "https://12345.example.cn/submit", null, None);
        var passedShot = await evidence.SaveAsync(
            EvidenceKind.Screenshot, Encoding.UTF8.GetBytes("png of the pass"), null, "after submit", None);

        var links = Scenario(
            "links",
            ChannelKind.Web,
            ScenarioKind.Links,
            [Attempt(1, Verdict.Pass, Start.AddSeconds(1), steps: [Step(0), Step(1), Step(2)])],
            [
                FactValue.Of(FactRegistry.Mode, "dry-run"),
                FactValue.Of(FactRegistry.StepsTotal, 3),
                FactValue.Of(FactRegistry.EntryLoad, TimeSpan.FromMilliseconds(845)),
                new FactValue("links.ok", FactType.Boolean, "true"),
                new FactValue("links.ratio", FactType.Ratio, "0.875"),
                new FactValue("disclosure.latest", FactType.Date, "2025-03-01"),
            ]);
        var submission = Scenario(
            "submit appeal",
            ChannelKind.Wechat,
            ScenarioKind.Submission,
            [
                Attempt(1, Verdict.Fail, Start.AddSeconds(5),
                    steps: [Step(0), Step(1, StepOutcome.Failed, "element role=button[name=\"提交\"] not found"), Step(2, StepOutcome.NotRun)],
                    evidence: [failedShot, failedHtml],
                    hint: "the button may have been renamed"),
                Attempt(2, Verdict.Pass, Start.AddSeconds(30), evidence: [passedShot]),
            ],
            [FactValue.Of(FactRegistry.PageHttpStatus, 200)]);

        var runId = await store.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.SaveScenarioAsync(runId, links, None);
        await store.SaveScenarioAsync(runId, submission, None);
        await store.CompleteRunAsync(runId, Start.AddMinutes(2), None);

        var latest = await store.LatestRunAsync(Beijing.Code, None);

        Assert.That(latest, Is.Not.Null);
        Assert.That(submission.Flaky, Is.True, "the test data must contain a flaky scenario");
        ResultAssert.AreEquivalent(
            new CityRunResult(runId, Beijing, Start, Start.AddMinutes(2), true, [links, submission]), latest!);
    }

    [Test]
    public async Task LatestRunAsync_RunNeverCompleted_ReturnsItIncomplete()
    {
        var store = await OpenStoreAsync();
        var runId = await store.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.SaveScenarioAsync(runId, Scenario("links"), None);

        var latest = await store.LatestRunAsync(Beijing.Code, None);

        Assert.That(latest, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(latest!.RunId, Is.EqualTo(runId));
            Assert.That(latest.Complete, Is.False);
            Assert.That(latest.FinishedAt, Is.Null);
            Assert.That(latest.Scenarios.Select(s => s.Scenario), Is.EqualTo(new[] { "links" }));
        }
    }

    [Test]
    public async Task LatestRunAsync_InterruptedRunThenCompleteRun_ReturnsTheCompleteRun()
    {
        var store = await OpenStoreAsync();
        var interrupted = await store.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.SaveScenarioAsync(interrupted, Scenario("links"), None);
        var complete = await store.BeginRunAsync(RunOf(Beijing, Start.AddHours(1)), None);
        await store.SaveScenarioAsync(complete, Scenario("login"), None);
        await store.CompleteRunAsync(complete, Start.AddHours(1).AddMinutes(3), None);

        var latest = await store.LatestRunAsync(Beijing.Code, None);
        var recent = await store.RecentRunsAsync(Beijing.Code, 5, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(latest!.RunId, Is.EqualTo(complete));
            Assert.That(latest.Complete, Is.True);
            Assert.That(recent.Select(r => (r.RunId, r.Complete)), Is.EqualTo(new[] { (complete, true), (interrupted, false) }));
        }
    }

    [Test]
    public async Task LatestRunAsync_RunsOfOtherCities_AreNotReturned()
    {
        var store = await OpenStoreAsync();
        await store.BeginRunAsync(RunOf(Beijing, Start.AddHours(5)), None);
        var hangzhou = await store.BeginRunAsync(RunOf(Hangzhou, Start), None);

        var latest = await store.LatestRunAsync(Hangzhou.Code, None);
        var never = await store.LatestRunAsync("999999", None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(latest!.RunId, Is.EqualTo(hangzhou));
            Assert.That(latest.City, Is.EqualTo(Hangzhou));
            Assert.That(never, Is.Null);
        }
    }

    [Test]
    public async Task CityCodesAsync_CitiesWithRuns_ListsEachOnceInCodeOrder()
    {
        var store = await OpenStoreAsync();
        var none = await store.CityCodesAsync(None);
        await store.BeginRunAsync(RunOf(Hangzhou, Start), None);
        await store.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.BeginRunAsync(RunOf(Hangzhou, Start.AddHours(1)), None);

        var codes = await store.CityCodesAsync(None);

        Assert.That(none, Is.Empty);
        Assert.That(codes, Is.EqualTo(new[] { Beijing.Code, Hangzhou.Code }.Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task SaveScenarioAsync_SameScenarioTwice_KeepsOneRowWithTheLaterResultInItsPlace()
    {
        var store = await OpenStoreAsync();
        var runId = await store.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.SaveScenarioAsync(runId, Scenario("links"), None);
        await store.SaveScenarioAsync(runId, Scenario("login", kind: ScenarioKind.Login), None);
        var redone = Scenario(
            "links",
            attempts: [Attempt(1, Verdict.Fail, Start.AddMinutes(9), reason: "首页 returned 502")],
            facts: [FactValue.Of(FactRegistry.PageHttpStatus, 502)]);

        await store.SaveScenarioAsync(runId, redone, None);
        var latest = await store.LatestRunAsync(Beijing.Code, None);

        Assert.That(latest!.Scenarios.Select(s => s.Scenario), Is.EqualTo(new[] { "links", "login" }));
        ResultAssert.AreEquivalent(redone, latest.Scenarios[0]);
        Assert.That(await StoredRows.CountAsync(Data, "attempts"), Is.EqualTo(2), "the replaced attempt is gone");
        Assert.That(await StoredRows.CountAsync(Data, "step_results"), Is.EqualTo(4), "the replaced steps are gone");
        Assert.That(await StoredRows.CountAsync(Data, "facts"), Is.EqualTo(2), "the replaced facts are gone");
    }

    [Test]
    public async Task SaveScenarioAsync_SameScenarioOnTwoChannels_KeepsBoth()
    {
        var store = await OpenStoreAsync();
        var runId = await store.BeginRunAsync(RunOf(Beijing, Start), None);

        await store.SaveScenarioAsync(runId, Scenario("links", ChannelKind.Web), None);
        await store.SaveScenarioAsync(runId, Scenario("links", ChannelKind.Wechat), None);
        var latest = await store.LatestRunAsync(Beijing.Code, None);

        Assert.That(latest!.Scenarios.Select(s => s.Channel), Is.EqualTo(new[] { ChannelKind.Web, ChannelKind.Wechat }));
    }

    [Test]
    public async Task SaveScenarioAsync_UnknownRun_ThrowsNamingTheRun()
    {
        var store = await OpenStoreAsync();

        var error = Assert.ThrowsAsync<InvalidOperationException>(() => store.SaveScenarioAsync(42, Scenario("links"), None));

        Assert.That(error!.Message, Does.Contain("run 42"));
    }

    [Test]
    public async Task CompleteRunAsync_UnknownRun_Throws()
    {
        var store = await OpenStoreAsync();

        Assert.ThrowsAsync<InvalidOperationException>(() => store.CompleteRunAsync(42, Start, None));
    }

    [Test]
    public async Task BeginRunAsync_CityChangedSinceLastRun_UpdatesTheCity()
    {
        var store = await OpenStoreAsync();
        await store.BeginRunAsync(RunOf(Beijing, Start), None);
        var renamed = Beijing with { Tier = "超一线" };

        await store.BeginRunAsync(RunOf(renamed, Start.AddDays(1)), None);
        var latest = await store.LatestRunAsync(Beijing.Code, None);

        Assert.That(latest!.City, Is.EqualTo(renamed));
    }

    [Test]
    public async Task BeginRunAsync_InvalidCityCode_Throws()
    {
        var store = await OpenStoreAsync();

        Assert.ThrowsAsync<ArgumentException>(() => store.BeginRunAsync(RunOf(Beijing with { Code = "../etc" }, Start), None));
    }

    [Test]
    public async Task BeginRunAsync_AnyOffset_StoresSortableUtcText()
    {
        var store = await OpenStoreAsync();

        var runId = await store.BeginRunAsync(RunOf(Beijing, Start), None);
        var stored = await StoredRows.ScalarAsync(Data, $"SELECT started_at || '|' || status FROM runs WHERE id = {runId}");

        Assert.That(stored, Is.EqualTo("2025-03-13T18:00:00.0000000+00:00|running"));
    }

    [Test]
    public async Task BeginRunAsync_RunOfACampaign_StoresTheCampaignOnTheRun()
    {
        var store = await OpenStoreAsync();
        var campaign = await (await OpenCampaignStoreAsync()).StartAsync("spring-2025", Start, None);

        var live = await store.BeginRunAsync(TestCampaigns.LiveRunOf(Beijing, Start, campaign.Id), None);
        var dry = await store.BeginRunAsync(RunOf(Beijing, Start), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await StoredRows.ScalarAsync(Data, $"SELECT campaign_id FROM runs WHERE id = {live}"), Is.EqualTo(campaign.Id));
            Assert.That(await StoredRows.ScalarAsync(Data, $"SELECT typeof(campaign_id) FROM runs WHERE id = {dry}"), Is.EqualTo("null"));
        }
    }

    [Test]
    public async Task BeginRunAsync_UnknownCampaign_ThrowsNamingItAndStoresNothing()
    {
        var store = await OpenStoreAsync();

        var error = Assert.ThrowsAsync<CampaignException>(
            () => store.BeginRunAsync(TestCampaigns.LiveRunOf(Beijing, Start, campaignId: 42), None));

        Assert.That(error!.Message, Does.Contain("campaign 42 does not exist"));
        Assert.That(await StoredRows.CountAsync(Data, "runs"), Is.Zero);
        Assert.That(await StoredRows.CountAsync(Data, "cities"), Is.Zero);
    }
}
