namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>ticket_progress</c>: one progress lookup of a ticket. <see cref="Status"/> is a <c>TicketState</c> id.</summary>
internal sealed class TicketProgressRow
{
    public long Id { get; set; }

    public long TicketId { get; set; }

    public long RunId { get; set; }

    public required string ObservedAt { get; set; }

    public required string Status { get; set; }

    public string? StatusText { get; set; }

    public string? Reply { get; set; }
}
