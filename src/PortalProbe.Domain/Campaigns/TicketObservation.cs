namespace PortalProbe.Campaigns;

/// <summary>
/// What one progress lookup of a stored ticket saw: its state, the status text as shown and the reply text,
/// if the portal showed one.
/// </summary>
public sealed record TicketObservation(
    TicketRecord Ticket, long RunId, DateTimeOffset ObservedAt, TicketState State, string? StatusText, string? Reply);

/// <summary>
/// A stored ticket with what its lookups have seen so far: its latest state, when it was first seen closed and
/// when a reply was first seen, with that reply's text.
/// </summary>
public sealed record TicketProgress(
    TicketRecord Ticket,
    int Lookups,
    TicketState? LastState,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? FirstReplyAt,
    string? FirstReply)
{
    /// <summary>Closed tickets are no longer looked up.</summary>
    public bool IsClosed => ClosedAt is not null;
}
