using Microsoft.EntityFrameworkCore;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Storage.Database;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Campaigns.Internal;

/// <summary>The <c>tickets</c> table keeps each ticket as it was first recorded.</summary>
internal static class TicketRows
{
    /// <summary>
    /// Adds the ticket unless its campaign, city, channel and number are already recorded, and returns the row
    /// recorded earlier, if any. The caller saves, inside its write transaction.
    /// </summary>
    public static async Task<TicketRow?> AddOnceAsync(ResultsDbContext db, TicketRow row, CancellationToken cancellationToken)
    {
        var stored = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(
            t => t.CampaignId == row.CampaignId && t.CityCode == row.CityCode && t.Channel == row.Channel && t.Ticket == row.Ticket,
            cancellationToken);
        if (stored is null)
        {
            db.Tickets.Add(row);
        }

        return stored;
    }

    public static TicketRow ToRow(TicketRecord ticket) => new()
    {
        CampaignId = ticket.CampaignId,
        CityCode = ticket.CityCode,
        Channel = ticket.Channel.ToId(),
        Ticket = ticket.Ticket,
        SubmittedAt = StoredText.Timestamp(ticket.SubmittedAt),
        RunId = ticket.RunId,
    };
}
