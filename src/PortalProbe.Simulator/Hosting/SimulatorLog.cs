using Microsoft.Extensions.Logging;

namespace PortalProbe.Simulator.Hosting;

/// <summary>The simulator's log messages.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(1, LogLevel.Information, "Portal {CityCode} {CityName} listening on http://{Address}:{Port}/")]
    public static partial void Listening(ILogger logger, string cityCode, string cityName, string address, int port);

    [LoggerMessage(2, LogLevel.Information, "Port {Port} was taken before Kestrel bound it (attempt {Attempt}); picking another")]
    public static partial void PortTaken(ILogger logger, int port, int attempt);

    [LoggerMessage(3, LogLevel.Debug, "Portal {CityCode} hangs {Method} {Path} on purpose")]
    public static partial void Hanging(ILogger logger, string cityCode, string method, string path);

    [LoggerMessage(4, LogLevel.Error, "Unhandled error on {Method} {Path}")]
    public static partial void UnhandledError(ILogger logger, Exception error, string method, string path);

    [LoggerMessage(5, LogLevel.Debug, "Rejected a malformed request {Method} {Path}: {Reason}")]
    public static partial void BadRequest(ILogger logger, string method, string path, string reason);
}
