namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>tickets</c>: a work-order number a live submission obtained.</summary>
internal sealed class TicketRow
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public required string CityCode { get; set; }

    public required string Channel { get; set; }

    public required string Ticket { get; set; }

    public required string SubmittedAt { get; set; }

    public long RunId { get; set; }
}
