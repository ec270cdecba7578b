using PortalProbe.Cities;

namespace PortalProbe.Campaigns;

/// <summary>
/// Identifies one action with side effects: at most one per campaign, city, channel and action
/// (the scenario kind, such as <c>registration</c> or <c>submission</c>, or <c>custom:NAME</c>).
/// </summary>
public sealed record LiveActionKey(long CampaignId, string CityCode, ChannelKind Channel, string Action)
{
    public override string ToString() => $"campaign {CampaignId}, city {CityCode}, {Channel.ToId()}, {Action}";
}

public enum LiveActionState
{
    /// <summary>Claimed before the first click; still so after a crash: the outcome is unknown.</summary>
    Started,

    /// <summary>Performed and the portal confirmed it.</summary>
    Done,

    /// <summary>Performed and it failed (the portal's fault); never retried in the same campaign.</summary>
    Failed,
}

public sealed record LiveActionRecord(
    LiveActionKey Key,
    long RunId,
    LiveActionState State,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string? Outcome);

/// <summary>The answer to claiming a live action.</summary>
public abstract record LiveClaim
{
    /// <summary>The action is ours to perform now; it was recorded as started before anything was clicked.</summary>
    public sealed record Granted : LiveClaim;

    /// <summary>The action was already performed in this campaign; it is never repeated.</summary>
    public sealed record AlreadyFinished(LiveActionRecord Record) : LiveClaim;

    /// <summary>An earlier attempt started and never finished (a crash): an evaluator must find out what happened.</summary>
    public sealed record OutcomeUnknown(LiveActionRecord Record) : LiveClaim;
}
