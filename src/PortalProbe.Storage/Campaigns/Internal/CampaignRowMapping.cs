using PortalProbe.Campaigns;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;

namespace PortalProbe.Storage.Campaigns.Internal;

/// <summary>Rebuilds the domain's campaign records from rows.</summary>
internal static class CampaignRowMapping
{
    public static Campaign ToCampaign(CampaignRow row) => new(
        row.Id,
        row.Name,
        StoredText.ParseTimestamp(row.StartedAt),
        row.ClosedAt is null ? null : StoredText.ParseTimestamp(row.ClosedAt));

    public static LiveActionKey ToKey(LiveActionRow row) =>
        new(row.CampaignId, row.CityCode, StoredIds.ParseChannel(row.Channel), row.Action);

    /// <summary>
    /// <see cref="LiveActionRecord"/> has no field for an evaluator's reason, so a resolved action shows that
    /// reason as its outcome: it is the only account of what happened. The row keeps the two apart.
    /// </summary>
    public static LiveActionRecord ToRecord(LiveActionRow row) => new(
        ToKey(row),
        row.RunId,
        StoredIds.ParseLiveActionState(row.State),
        StoredText.ParseTimestamp(row.StartedAt),
        row.FinishedAt is null ? null : StoredText.ParseTimestamp(row.FinishedAt),
        row.Outcome ?? row.ResolvedReason);

    public static TicketRecord ToTicket(TicketRow row) => new(
        row.CampaignId,
        row.CityCode,
        StoredIds.ParseChannel(row.Channel),
        row.Ticket,
        StoredText.ParseTimestamp(row.SubmittedAt),
        row.RunId);
}
