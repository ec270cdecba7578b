using Microsoft.EntityFrameworkCore;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Database;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Campaigns.Internal;

/// <summary>The <c>ticket_progress</c> table: lookups of tickets, and what they add up to for each ticket.</summary>
internal static class TicketProgressRows
{
    public static async Task<TicketRow> RequireTicketAsync(ResultsDbContext db, TicketRecord ticket, CancellationToken cancellationToken)
    {
        var channel = ticket.Channel.ToId();
        return await db.Tickets.AsNoTracking().SingleOrDefaultAsync(
                t => t.CampaignId == ticket.CampaignId && t.CityCode == ticket.CityCode && t.Channel == channel && t.Ticket == ticket.Ticket,
                cancellationToken)
            ?? throw new InvalidOperationException(
                $"ticket {ticket.Ticket} of city {ticket.CityCode} on {channel} is not recorded in campaign {ticket.CampaignId}");
    }

    public static TicketProgressRow ToRow(TicketObservation observation, long ticketId) => new()
    {
        TicketId = ticketId,
        RunId = observation.RunId,
        ObservedAt = StoredText.Timestamp(observation.ObservedAt),
        Status = observation.State.ToId(),
        StatusText = Blank(observation.StatusText),
        Reply = Blank(observation.Reply),
    };

    /// <summary>The progress of each ticket from its lookups, in the tickets' order.</summary>
    public static async Task<IReadOnlyList<TicketProgress>> ProgressOfAsync(
        ResultsDbContext db, IReadOnlyList<TicketRow> tickets, CancellationToken cancellationToken)
    {
        var ids = tickets.Select(t => t.Id).ToList();
        var lookups = (await db.TicketProgress.AsNoTracking().Where(p => ids.Contains(p.TicketId)).ToListAsync(cancellationToken))
            .GroupBy(p => p.TicketId)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.ObservedAt, StringComparer.Ordinal).ThenBy(p => p.Id).ToList());
        return [.. tickets.Select(t => Summarise(CampaignRowMapping.ToTicket(t), lookups.GetValueOrDefault(t.Id) ?? []))];
    }

    private static TicketProgress Summarise(TicketRecord ticket, List<TicketProgressRow> lookups)
    {
        var closed = lookups.FirstOrDefault(p => p.Status == TicketState.Closed.ToId());
        var replied = lookups.FirstOrDefault(p => p.Reply is not null);
        return new TicketProgress(
            ticket,
            lookups.Count,
            lookups.Count == 0 ? null : TicketStates.Parse(lookups[^1].Status),
            closed is null ? null : StoredText.ParseTimestamp(closed.ObservedAt),
            replied is null ? null : StoredText.ParseTimestamp(replied.ObservedAt),
            replied?.Reply);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
