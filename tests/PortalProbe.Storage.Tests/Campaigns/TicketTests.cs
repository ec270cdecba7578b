using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestCampaigns;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>The tickets live submissions obtained, kept per campaign for the progress lookups.</summary>
internal sealed class TicketTests : CampaignStoreTestBase
{
    private Campaign _campaign = null!;
    private long _runId;

    [SetUp]
    public async Task StartCampaign() =>
        (_campaign, _runId) = await StartWithRunAsync(Campaigns, Results, "spring-2025", Beijing, Start);

    [Test]
    public async Task AddTicketAsync_NewTicket_IsReturnedAsAdded()
    {
        var ticket = Ticket("BJ001", Start.AddMinutes(3));

        await Campaigns.AddTicketAsync(ticket, None);

        Assert.That(await Campaigns.TicketsAsync(_campaign.Id, null, None), Is.EqualTo(new[] { ticket }));
    }

    [Test]
    public async Task AddTicketAsync_SameTicketTwice_KeepsTheFirstRecordOnly()
    {
        var first = Ticket("BJ001", Start.AddMinutes(3));
        await Campaigns.AddTicketAsync(first, None);

        await Campaigns.AddTicketAsync(first, None);
        await Campaigns.AddTicketAsync(first with { SubmittedAt = Start.AddMinutes(9) }, None);

        Assert.That(await Campaigns.TicketsAsync(_campaign.Id, null, None), Is.EqualTo(new[] { first }));
    }

    [Test]
    public async Task AddTicketAsync_SameNumberOnAnotherChannel_IsAnotherTicket()
    {
        await Campaigns.AddTicketAsync(Ticket("BJ001", Start), None);

        await Campaigns.AddTicketAsync(Ticket("BJ001", Start) with { Channel = ChannelKind.Wechat }, None);

        Assert.That(await StoredRows.CountAsync(Data, "tickets"), Is.EqualTo(2));
    }

    [Test]
    public void AddTicketAsync_UnknownCampaign_Throws()
    {
        var error = Assert.ThrowsAsync<CampaignException>(
            () => Campaigns.AddTicketAsync(Ticket("BJ001", Start) with { CampaignId = 99 }, None));

        Assert.That(error!.Message, Does.Contain("campaign 99 does not exist"));
    }

    [Test]
    public async Task AddTicketAsync_RunOutsideTheCampaign_Throws()
    {
        var dryRun = await Results.BeginRunAsync(RunOf(Beijing, Start), None);

        var error = Assert.ThrowsAsync<CampaignException>(
            () => Campaigns.AddTicketAsync(Ticket("BJ001", Start) with { RunId = dryRun }, None));

        Assert.That(error!.Message, Does.Contain($"run {dryRun}").And.Contain("BJ001"));
        Assert.That(await StoredRows.CountAsync(Data, "tickets"), Is.Zero);
    }

    [Test]
    public void AddTicketAsync_EmptyTicketOrBadCity_Throws()
    {
        Assert.ThrowsAsync<ArgumentException>(() => Campaigns.AddTicketAsync(Ticket(" ", Start), None));
        Assert.ThrowsAsync<ArgumentException>(() => Campaigns.AddTicketAsync(Ticket("BJ001", Start) with { CityCode = "x" }, None));
    }

    [Test]
    public async Task TicketsAsync_AddedOutOfOrder_ReturnsThemBySubmissionTime()
    {
        var hangzhouRun = await Results.BeginRunAsync(LiveRunOf(Hangzhou, Start, _campaign.Id), None);
        var late = Ticket("BJ002", Start.AddHours(2));
        var early = Ticket("BJ001", Start.AddHours(1));
        var hangzhou = new TicketRecord(_campaign.Id, Hangzhou.Code, ChannelKind.App, "HZ001", Start.AddMinutes(90), hangzhouRun);

        await Campaigns.AddTicketAsync(late, None);
        await Campaigns.AddTicketAsync(hangzhou, None);
        await Campaigns.AddTicketAsync(early, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await Campaigns.TicketsAsync(_campaign.Id, null, None), Is.EqualTo(new[] { early, hangzhou, late }));
            Assert.That(await Campaigns.TicketsAsync(_campaign.Id, Beijing.Code, None), Is.EqualTo(new[] { early, late }));
            Assert.That(await Campaigns.TicketsAsync(_campaign.Id, "440300", None), Is.Empty);
            Assert.That(await Campaigns.TicketsAsync(99, null, None), Is.Empty);
        }
    }

    private TicketRecord Ticket(string number, DateTimeOffset submittedAt) =>
        new(_campaign.Id, Beijing.Code, ChannelKind.Web, number, submittedAt, _runId);
}
