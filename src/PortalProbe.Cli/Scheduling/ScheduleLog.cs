using Microsoft.Extensions.Logging;

namespace PortalProbe.Cli.Scheduling;

internal static partial class ScheduleLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information,
        Message = "Scheduled {Job} at {Cron}; next: {NextFire}")]
    public static partial void Scheduled(ILogger logger, string job, string cron, string nextFire);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Missed-night check: {Reason}")]
    public static partial void CatchUp(ILogger logger, string reason);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information,
        Message = "Sweep ({Reason}) not started: {Holder} holds the sweep lease since {AcquiredAt:o}, until {ExpiresAt:o}")]
    public static partial void SweepSkipped(ILogger logger, string reason, string holder, DateTimeOffset acquiredAt, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Sweep ({Reason}) starting under the lease of {Holder}")]
    public static partial void SweepStarting(ILogger logger, string reason, string holder);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Information, Message = "Sweep {SweepId} completed")]
    public static partial void SweepCompleted(ILogger logger, long sweepId);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning,
        Message = "Could not renew the sweep lease of {Holder} ({Error}); trying again at the next renewal")]
    public static partial void RenewalFailed(ILogger logger, string holder, string error);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Error,
        Message = "The sweep lease of {Holder} went to another process: stopping this sweep so that two never run at once")]
    public static partial void LeaseLost(ILogger logger, string holder);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Error, Message = "Job {Job} failed")]
    public static partial void JobFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Information, Message = "Progress lookups: {Count} open tickets looked up")]
    public static partial void ProgressLookedUp(ILogger logger, int count);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Warning,
        Message = "Sweep ({Reason}): took over the sweep lease of {DeadHolder} (it would have expired at {ExpiresAt:o}): that process is gone")]
    public static partial void TookOver(ILogger logger, string reason, string deadHolder, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "Evidence retention is off (retention.evidenceDays = 0)")]
    public static partial void RetentionOff(ILogger logger);
}
