using PortalProbe.Campaigns;

namespace PortalProbe.Browser.Checks.Progress;

/// <summary>
/// One ticket to look up: a stored campaign ticket (with what earlier lookups saw), or one the scenario's steps
/// just extracted into <c>${ticket}</c> that the campaign does not hold (<see cref="Stored"/> null).
/// </summary>
internal sealed record TicketLookup(string Number, TicketProgress? Stored);

/// <summary>What one lookup saw: the state, the status text and the reply as shown (masked), and the stored progress after it.</summary>
internal sealed record LookupResult(TicketLookup Lookup, TicketState State, string? StatusText, string? Reply, TicketProgress? Progress)
{
    public bool Found => State != TicketState.NotFound;

    /// <summary>A reply is shown now or was seen by an earlier lookup.</summary>
    public bool Replied => Reply is not null || Progress?.FirstReplyAt is not null;
}
