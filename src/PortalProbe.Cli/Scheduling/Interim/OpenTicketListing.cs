using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;

namespace PortalProbe.Cli.Scheduling.Interim;

/// <summary>
/// Stands in for the progress lookups until the progress check is wired to <c>serve</c> (replace the one
/// registration in <see cref="ServeHost"/>): it finds the open campaign's tickets and says that none was looked up.
/// </summary>
internal sealed partial class OpenTicketListing(ICampaignStore campaigns, ILogger<OpenTicketListing> logger) : ITicketProgressLookups
{
    public async Task<int> LookUpOpenTicketsAsync(CancellationToken cancellationToken)
    {
        if (await campaigns.FindOpenAsync(cancellationToken) is not { } campaign)
        {
            LogNoCampaign();
            return 0;
        }

        var tickets = await campaigns.TicketsAsync(campaign.Id, cityCode: null, cancellationToken);
        LogNotWired(tickets.Count, campaign.Name);
        return 0;
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Progress lookups: no campaign is open, so no ticket is open")]
    private partial void LogNoCampaign();

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning,
        Message = "Progress lookups: {Count} tickets of campaign {Campaign} wait for the progress check, which is not wired to serve yet")]
    private partial void LogNotWired(int count, string campaign);
}
