using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;

namespace PortalProbe.Storage.Campaigns.Internal;

internal static partial class CampaignStoreLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Started campaign {CampaignId} '{Name}'")]
    public static partial void Started(ILogger logger, long campaignId, string name);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Closed campaign {CampaignId} '{Name}'")]
    public static partial void Closed(ILogger logger, long campaignId, string name);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "Granted live action ({Key}) to run {RunId}")]
    public static partial void Granted(ILogger logger, LiveActionKey key, long runId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information,
        Message = "Refused live action ({Key}) to run {RunId}: run {EarlierRunId} left it {State}")]
    public static partial void Refused(ILogger logger, LiveActionKey key, long runId, long earlierRunId, LiveActionState state);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Live action ({Key}) finished {State}: {Outcome}")]
    public static partial void Finished(ILogger logger, LiveActionKey key, LiveActionState state, string outcome);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning,
        Message = "Live action ({Key}) resolved as {State} by an evaluator: {Reason}")]
    public static partial void Resolved(ILogger logger, LiveActionKey key, LiveActionState state, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information,
        Message = "Recorded ticket {Ticket} of city {CityCode} on {Channel} in campaign {CampaignId}")]
    public static partial void TicketAdded(ILogger logger, long campaignId, string cityCode, string channel, string ticket);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning,
        Message = "Ticket {Ticket} of city {CityCode} on {Channel} in campaign {CampaignId} was already recorded by run "
            + "{StoredRunId} at {StoredAt}; kept that record, not the one from run {RunId} at {SubmittedAt}")]
    public static partial void TicketKept(
        ILogger logger, long campaignId, string cityCode, string channel, string ticket,
        long storedRunId, string storedAt, long runId, string submittedAt);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Information,
        Message = "Looked up ticket {Ticket} of city {CityCode} on {Channel} in campaign {CampaignId}: {State}")]
    public static partial void TicketObserved(ILogger logger, long campaignId, string cityCode, string channel, string ticket, TicketState state);
}
