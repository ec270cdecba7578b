using PortalProbe.Cities;

namespace PortalProbe.Campaigns;

/// <summary>A work-order number a live submission obtained; followed by progress lookups until closed.</summary>
public sealed record TicketRecord(
    long CampaignId, string CityCode, ChannelKind Channel, string Ticket, DateTimeOffset SubmittedAt, long RunId);
