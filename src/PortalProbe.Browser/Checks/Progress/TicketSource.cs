using PortalProbe.Campaigns;

namespace PortalProbe.Browser.Checks.Progress;

/// <summary>
/// Which tickets a progress check looks up: the open (not closed) tickets of the campaign for this city and
/// channel, then a ticket the steps just extracted that the campaign does not hold. The campaign is the run's
/// live campaign or, for a dry run, the campaign open at the time: a lookup has no side effect, so the nightly
/// dry runs follow the open campaign's tickets; once a campaign is closed its tickets are no longer followed.
/// </summary>
internal static class TicketSource
{
    public static async Task<(Campaign? Campaign, IReadOnlyList<TicketLookup> Tickets)> FindAsync(CheckRun run, CancellationToken cancellationToken)
    {
        var campaign = run.Request.LiveCampaign ?? await run.Campaigns.FindOpenAsync(cancellationToken);
        var tickets = new List<TicketLookup>();
        if (campaign is not null)
        {
            var stored = await run.Campaigns.ProgressAsync(campaign.Id, run.CityCode, cancellationToken);
            tickets.AddRange(stored.Where(p => p.Ticket.Channel == run.Channel && !p.IsClosed).Select(p => new TicketLookup(p.Ticket.Ticket, p)));
        }

        if (run.Steps.Scope.TryGet("ticket", out var extracted) && extracted.Trim() is { Length: > 0 } number
            && !tickets.Any(t => string.Equals(t.Number, number, StringComparison.OrdinalIgnoreCase)))
        {
            tickets.Add(new TicketLookup(number, null));
        }

        return (campaign, tickets);
    }
}
