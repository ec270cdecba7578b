using PortalProbe.Campaigns;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestCampaigns;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>Progress lookups of campaign tickets: every lookup kept, a ticket closed from its first 已办结, its first reply remembered.</summary>
internal sealed class TicketProgressTests : CampaignStoreTestBase
{
    private Campaign _campaign = null!;
    private long _runId;

    [SetUp]
    public async Task StartCampaign() =>
        (_campaign, _runId) = await StartWithRunAsync(Campaigns, Results, "spring-2025", Beijing, Start);

    [Test]
    public async Task ObserveAsync_OpenThenRepliedThenClosed_KeepsFirstReplyAndClosingTime()
    {
        var ticket = await AddAsync("BJ001");

        var accepted = await Campaigns.ObserveAsync(Seen(ticket, Start.AddHours(1), TicketState.Accepted, null), None);
        var replied = await Campaigns.ObserveAsync(Seen(ticket, Start.AddDays(3), TicketState.InProgress, "先答复"), None);
        var closed = await Campaigns.ObserveAsync(Seen(ticket, Start.AddDays(4), TicketState.Closed, "后答复"), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((accepted.Lookups, accepted.LastState, accepted.IsClosed, accepted.FirstReplyAt), Is.EqualTo((1, (TicketState?)TicketState.Accepted, false, (DateTimeOffset?)null)));
            Assert.That((replied.FirstReplyAt, replied.FirstReply, replied.IsClosed), Is.EqualTo(((DateTimeOffset?)Start.AddDays(3), "先答复", false)));
            Assert.That((closed.Lookups, closed.LastState, closed.ClosedAt), Is.EqualTo((3, (TicketState?)TicketState.Closed, (DateTimeOffset?)Start.AddDays(4))));
            Assert.That((closed.FirstReplyAt, closed.FirstReply), Is.EqualTo(((DateTimeOffset?)Start.AddDays(3), "先答复")), "the first reply seen is kept");
            Assert.That(await StoredRows.CountAsync(Data, "ticket_progress"), Is.EqualTo(3));
        }
    }

    [Test]
    public async Task ProgressAsync_TicketsOfTheCity_InSubmissionOrderWithTheirLookups()
    {
        var late = await AddAsync("BJ002", Start.AddHours(2));
        var early = await AddAsync("BJ001", Start.AddHours(1));
        await Campaigns.ObserveAsync(Seen(late, Start.AddDays(1), TicketState.NotFound, null), None);

        var progress = await Campaigns.ProgressAsync(_campaign.Id, Beijing.Code, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Select(p => p.Ticket), Is.EqualTo(new[] { early, late }));
            Assert.That(progress.Select(p => p.LastState), Is.EqualTo(new TicketState?[] { null, TicketState.NotFound }));
            Assert.That(progress.Select(p => p.Lookups), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(await Campaigns.ProgressAsync(_campaign.Id, "440300", None), Is.Empty);
        }
    }

    [Test]
    public async Task ObserveAsync_TicketNotRecorded_ThrowsAndStoresNothing()
    {
        var error = Assert.ThrowsAsync<InvalidOperationException>(
            () => Campaigns.ObserveAsync(Seen(Ticket("BJ404", Start), Start, TicketState.Accepted, null), None));

        Assert.That(error!.Message, Does.Contain("BJ404"));
        Assert.That(await StoredRows.CountAsync(Data, "ticket_progress"), Is.Zero);
    }

    [TestCase("已受理", TicketState.Accepted)]
    [TestCase("办理中", TicketState.InProgress)]
    [TestCase("已办结（已答复）", TicketState.Closed)]
    [TestCase("状态：已转办", TicketState.Unrecognised)]
    [TestCase("  ", TicketState.NotFound)]
    public void FromStatusText_PortalWording_IsTheState(string text, TicketState expected) =>
        Assert.That(TicketStates.FromStatusText(text), Is.EqualTo(expected));

    private async Task<TicketRecord> AddAsync(string number, DateTimeOffset? at = null)
    {
        var ticket = Ticket(number, at ?? Start);
        await Campaigns.AddTicketAsync(ticket, None);
        return ticket;
    }

    private TicketObservation Seen(TicketRecord ticket, DateTimeOffset at, TicketState state, string? reply) =>
        new(ticket, _runId, at, state, state == TicketState.NotFound ? null : "状态", reply);

    private TicketRecord Ticket(string number, DateTimeOffset submittedAt) =>
        new(_campaign.Id, Beijing.Code, PortalProbe.Cities.ChannelKind.Web, number, submittedAt, _runId);
}
