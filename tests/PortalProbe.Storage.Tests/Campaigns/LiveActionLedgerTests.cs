using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestCampaigns;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>Claiming, finishing and resolving live actions: each is performed at most once per campaign.</summary>
internal sealed class LiveActionLedgerTests : CampaignStoreTestBase
{
    private Campaign _campaign = null!;
    private long _runId;

    private LiveActionKey SubmissionKey => Key(_campaign.Id);

    [SetUp]
    public async Task StartCampaign() =>
        (_campaign, _runId) = await StartWithRunAsync(Campaigns, Results, "spring-2025", Beijing, Start);

    [Test]
    public async Task ClaimAsync_FirstClaim_IsGrantedAndRecordedAsStarted()
    {
        var claim = await Campaigns.ClaimAsync(SubmissionKey, _runId, Start.AddMinutes(2), None);
        var actions = await Campaigns.ActionsAsync(_campaign.Id, None);

        Assert.That(claim, Is.EqualTo(new LiveClaim.Granted()));
        Assert.That(actions, Is.EqualTo(new[]
        {
            new LiveActionRecord(SubmissionKey, _runId, LiveActionState.Started, Start.AddMinutes(2), null, null),
        }));
        Assert.That(await StoredRows.ScalarAsync(Data, "SELECT channel || '|' || state FROM live_actions"), Is.EqualTo("web|started"));
    }

    [TestCase(LiveActionState.Done)]
    [TestCase(LiveActionState.Failed)]
    public async Task ClaimAsync_AfterFinish_IsAlreadyFinishedWithTheRecord(LiveActionState state)
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start.AddMinutes(2), None);
        await Campaigns.FinishAsync(SubmissionKey, state, "ticket HZ001", Start.AddMinutes(3), None);
        var laterRun = await Results.BeginRunAsync(LiveRunOf(Beijing, Start.AddHours(1), _campaign.Id), None);

        var claim = await Campaigns.ClaimAsync(SubmissionKey, laterRun, Start.AddHours(1), None);

        Assert.That(claim, Is.EqualTo(new LiveClaim.AlreadyFinished(
            new LiveActionRecord(SubmissionKey, _runId, state, Start.AddMinutes(2), Start.AddMinutes(3), "ticket HZ001"))));
        Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.EqualTo(1));
    }

    [Test]
    public async Task ClaimAsync_EarlierClaimNeverFinished_IsOutcomeUnknown()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start.AddMinutes(2), None);
        var rerun = await Results.BeginRunAsync(LiveRunOf(Beijing, Start.AddHours(1), _campaign.Id), None);

        var claim = await Campaigns.ClaimAsync(SubmissionKey, rerun, Start.AddHours(1), None);

        Assert.That(claim, Is.EqualTo(new LiveClaim.OutcomeUnknown(
            new LiveActionRecord(SubmissionKey, _runId, LiveActionState.Started, Start.AddMinutes(2), null, null))));
    }

    [Test]
    public async Task ClaimAsync_OtherActionChannelOrCity_IsGrantedSeparately()
    {
        var hangzhouRun = await Results.BeginRunAsync(LiveRunOf(Hangzhou, Start, _campaign.Id), None);
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);

        var claims = new[]
        {
            await Campaigns.ClaimAsync(SubmissionKey with { Action = "registration" }, _runId, Start, None),
            await Campaigns.ClaimAsync(SubmissionKey with { Channel = ChannelKind.Wechat }, _runId, Start, None),
            await Campaigns.ClaimAsync(SubmissionKey with { CityCode = Hangzhou.Code }, hangzhouRun, Start, None),
        };

        Assert.That(claims, Is.All.TypeOf<LiveClaim.Granted>());
        Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.EqualTo(4));
    }

    [Test]
    public async Task ClaimAsync_SameActionInTheNextCampaign_IsGrantedAgain()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);
        await Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, "ticket HZ001", Start.AddMinutes(1), None);
        await Campaigns.CloseAsync(_campaign.Name, Start.AddDays(1), None);
        var (next, nextRun) = await StartWithRunAsync(Campaigns, Results, "summer-2025", Beijing, Start.AddDays(2));

        var claim = await Campaigns.ClaimAsync(Key(next.Id), nextRun, Start.AddDays(2), None);

        Assert.That(claim, Is.TypeOf<LiveClaim.Granted>());
    }

    [Test]
    public async Task ClaimAsync_ClosedCampaign_ThrowsAndRecordsNothing()
    {
        await Campaigns.CloseAsync(_campaign.Name, Start.AddDays(1), None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.ClaimAsync(SubmissionKey, _runId, Start.AddDays(1), None));

        Assert.That(error!.Message, Does.Contain("'spring-2025' was closed").And.Contain("submission"));
        Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.Zero);
    }

    [Test]
    public void ClaimAsync_UnknownCampaign_Throws()
    {
        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.ClaimAsync(Key(99), _runId, Start, None));

        Assert.That(error!.Message, Does.Contain("campaign 99 does not exist"));
    }

    [Test]
    public async Task ClaimAsync_DryRunOutsideTheCampaign_ThrowsAndRecordsNothing()
    {
        var dryRun = await Results.BeginRunAsync(RunOf(Beijing, Start), None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.ClaimAsync(SubmissionKey, dryRun, Start, None));

        Assert.That(error!.Message, Does.Contain($"run {dryRun} was begun outside any campaign"));
        Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.Zero);
    }

    [Test]
    public void ClaimAsync_UnknownRun_Throws()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => Campaigns.ClaimAsync(SubmissionKey, 999, Start, None));

        Assert.That(error!.Message, Does.Contain("run 999 does not exist"));
    }

    [TestCase("11000")]
    [TestCase("../etc")]
    public void ClaimAsync_InvalidCityCode_Throws(string cityCode)
    {
        Assert.ThrowsAsync<ArgumentException>(() => Campaigns.ClaimAsync(SubmissionKey with { CityCode = cityCode }, _runId, Start, None));
    }

    [Test]
    public void ClaimAsync_EmptyAction_Throws()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Campaigns.ClaimAsync(SubmissionKey with { Action = " " }, _runId, Start, None));
    }

    [Test]
    public async Task FinishAsync_GrantedAction_RecordsStateTimeAndOutcome()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);

        await Campaigns.FinishAsync(SubmissionKey, LiveActionState.Failed, "portal returned 502", Start.AddMinutes(1), None);

        Assert.That((await Campaigns.ActionsAsync(_campaign.Id, None)).Single(), Is.EqualTo(
            new LiveActionRecord(SubmissionKey, _runId, LiveActionState.Failed, Start, Start.AddMinutes(1), "portal returned 502")));
        Assert.That(await StoredRows.ScalarAsync(Data, "SELECT state FROM live_actions"), Is.EqualTo("failed"));
    }

    [Test]
    public void FinishAsync_NeverClaimed_ThrowsNamingTheKey()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, "ok", Start, None));

        Assert.That(error!.Message, Does.Contain(SubmissionKey.ToString()).And.Contain("never claimed"));
    }

    [Test]
    public async Task FinishAsync_AlreadyFinished_ThrowsAndKeepsTheFirstOutcome()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);
        await Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, "ticket HZ001", Start.AddMinutes(1), None);

        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => Campaigns.FinishAsync(SubmissionKey, LiveActionState.Failed, "timeout", Start.AddMinutes(2), None));

        Assert.That(error!.Message, Does.Contain(SubmissionKey.ToString()).And.Contain("done"));
        Assert.That((await Campaigns.ActionsAsync(_campaign.Id, None)).Single().Outcome, Is.EqualTo("ticket HZ001"));
    }

    [Test]
    public async Task FinishAsync_StateStarted_ThrowsAndLeavesTheActionStarted()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);

        Assert.ThrowsAsync<ArgumentException>(
            () => Campaigns.FinishAsync(SubmissionKey, LiveActionState.Started, "?", Start, None));
        Assert.ThrowsAsync<ArgumentException>(
            () => Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, " ", Start, None));

        Assert.That((await Campaigns.ActionsAsync(_campaign.Id, None)).Single().State, Is.EqualTo(LiveActionState.Started));
    }

    [Test]
    public async Task FinishAsync_CampaignClosedSinceTheClaim_StillRecordsTheOutcome()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);
        await Campaigns.CloseAsync(_campaign.Name, Start.AddMinutes(1), None);

        await Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, "ticket HZ001", Start.AddMinutes(2), None);

        Assert.That((await Campaigns.ActionsAsync(_campaign.Id, None)).Single().State, Is.EqualTo(LiveActionState.Done));
    }

    [Test]
    public async Task ResolveAsync_OutcomeUnknown_RecordsTheDecisionAndReasonAndIsNeverClaimedAgain()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);

        await Campaigns.ResolveAsync(
            SubmissionKey, LiveActionState.Done, "ticket found in the portal's history", Start.AddDays(1), None);
        var rerun = await Results.BeginRunAsync(LiveRunOf(Beijing, Start.AddDays(1), _campaign.Id), None);
        var claim = await Campaigns.ClaimAsync(SubmissionKey, rerun, Start.AddDays(1), None);

        var resolved = new LiveActionRecord(
            SubmissionKey, _runId, LiveActionState.Done, Start, Start.AddDays(1), "ticket found in the portal's history");
        Assert.That(claim, Is.EqualTo(new LiveClaim.AlreadyFinished(resolved)));
        Assert.That(
            await StoredRows.ScalarAsync(Data, "SELECT state || '|' || quote(outcome) || '|' || resolved_reason FROM live_actions"),
            Is.EqualTo("done|NULL|ticket found in the portal's history"));
    }

    [Test]
    public async Task ResolveAsync_AlreadyFinished_ThrowsAndKeepsTheOutcome()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);
        await Campaigns.FinishAsync(SubmissionKey, LiveActionState.Done, "ticket HZ001", Start.AddMinutes(1), None);

        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => Campaigns.ResolveAsync(SubmissionKey, LiveActionState.Failed, "evaluator thinks so", Start.AddDays(1), None));

        Assert.That(error!.Message, Does.Contain(SubmissionKey.ToString()).And.Contain("done"));
        Assert.That(await StoredRows.ScalarAsync(Data, "SELECT quote(resolved_reason) FROM live_actions"), Is.EqualTo("NULL"));
    }

    [Test]
    public void ResolveAsync_NeverClaimed_ThrowsNamingTheKey()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => Campaigns.ResolveAsync(SubmissionKey, LiveActionState.Failed, "never happened", Start, None));

        Assert.That(error!.Message, Does.Contain(SubmissionKey.ToString()));
    }

    [Test]
    public async Task ResolveAsync_StateStartedOrNoReason_Throws()
    {
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start, None);

        Assert.ThrowsAsync<ArgumentException>(
            () => Campaigns.ResolveAsync(SubmissionKey, LiveActionState.Started, "still unknown", Start, None));
        Assert.ThrowsAsync<ArgumentException>(
            () => Campaigns.ResolveAsync(SubmissionKey, LiveActionState.Failed, "", Start, None));
    }

    [Test]
    public async Task ActionsAsync_TwoCampaigns_ReturnsOnlyTheCampaignsActionsInClaimOrder()
    {
        await Campaigns.ClaimAsync(SubmissionKey with { Action = "registration" }, _runId, Start.AddMinutes(5), None);
        await Campaigns.ClaimAsync(SubmissionKey, _runId, Start.AddMinutes(1), None);
        await Campaigns.CloseAsync(_campaign.Name, Start.AddDays(1), None);
        var (next, nextRun) = await StartWithRunAsync(Campaigns, Results, "summer-2025", Beijing, Start.AddDays(2));
        await Campaigns.ClaimAsync(Key(next.Id), nextRun, Start.AddDays(2), None);

        var actions = await Campaigns.ActionsAsync(_campaign.Id, None);

        Assert.That(actions.Select(a => a.Key.Action), Is.EqualTo(new[] { "submission", "registration" }));
        Assert.That(await Campaigns.ActionsAsync(12345, None), Is.Empty);
    }
}
