namespace PortalProbe.Campaigns;

/// <summary>Campaigns, the ledger of live actions and the tickets they obtained.</summary>
public interface ICampaignStore
{
    /// <summary>Opens a campaign; throws <see cref="CampaignException"/> if the name is taken or another campaign is open.</summary>
    Task<Campaign> StartAsync(string name, DateTimeOffset startedAt, CancellationToken cancellationToken);

    Task<Campaign?> FindOpenAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Campaign>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Closes the named campaign; throws <see cref="CampaignException"/> if it does not exist or is closed.</summary>
    Task<Campaign> CloseAsync(string name, DateTimeOffset closedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Atomically records the action as started for <paramref name="runId"/>, or says why it must not be
    /// performed: it already finished, or an earlier attempt's outcome is unknown.
    /// </summary>
    Task<LiveClaim> ClaimAsync(LiveActionKey key, long runId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records how a granted action ended (done or failed) with a short outcome text.</summary>
    Task FinishAsync(LiveActionKey key, LiveActionState state, string outcome, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>An evaluator's decision on an action whose outcome was unknown, kept with the reason.</summary>
    Task ResolveAsync(LiveActionKey key, LiveActionState state, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<LiveActionRecord>> ActionsAsync(long campaignId, CancellationToken cancellationToken);

    Task AddTicketAsync(TicketRecord ticket, CancellationToken cancellationToken);

    Task<IReadOnlyList<TicketRecord>> TicketsAsync(long campaignId, string? cityCode, CancellationToken cancellationToken);

    /// <summary>Records one progress lookup of a stored ticket and returns the ticket's progress including it.</summary>
    Task<TicketProgress> ObserveAsync(TicketObservation observation, CancellationToken cancellationToken);

    /// <summary>The campaign's tickets, of one city or of all, in submission order, each with what its lookups saw.</summary>
    Task<IReadOnlyList<TicketProgress>> ProgressAsync(long campaignId, string? cityCode, CancellationToken cancellationToken);
}
