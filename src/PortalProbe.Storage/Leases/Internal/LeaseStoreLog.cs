using Microsoft.Extensions.Logging;

namespace PortalProbe.Storage.Leases.Internal;

internal static partial class LeaseStoreLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information,
        Message = "{Holder} acquired lease {Name} until {ExpiresAt:o}")]
    public static partial void Acquired(ILogger logger, string name, string holder, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning,
        Message = "{Holder} took over lease {Name}: {PreviousHolder} never released it (it expires or expired at {ExpiredAt:o}; before then only when that holder is gone)")]
    public static partial void TakenOver(ILogger logger, string name, string holder, string previousHolder, DateTimeOffset expiredAt);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information,
        Message = "{Holder} did not get lease {Name}: {Owner} holds it until {ExpiresAt:o}")]
    public static partial void Refused(ILogger logger, string name, string holder, string owner, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning,
        Message = "{Holder} lost lease {Name}: it is now {Owner}'s")]
    public static partial void Lost(ILogger logger, string name, string holder, string owner);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "{Holder} released lease {Name}")]
    public static partial void Released(ILogger logger, string name, string holder);
}
