using Microsoft.Extensions.Logging;

namespace PortalProbe.Storage.Schema.Internal;

internal static partial class SchemaLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Upgraded database {DatabasePath} to schema version {Version} ({Script})")]
    public static partial void Upgraded(ILogger logger, string databasePath, int version, SchemaScript script);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Database {DatabasePath} is at schema version {Version}")]
    public static partial void UpToDate(ILogger logger, string databasePath, int version);
}
