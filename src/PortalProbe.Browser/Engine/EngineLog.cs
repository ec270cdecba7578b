using Microsoft.Extensions.Logging;

namespace PortalProbe.Browser.Engine;

internal static partial class EngineLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Run {RunId} of city {CityCode} started ({Mode})")]
    public static partial void RunStarted(ILogger logger, long runId, string cityCode, string mode);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information,
        Message = "City {CityCode} channel {Channel} scenario {Scenario}: {Verdict} in attempt {Attempt} ({Reason})")]
    public static partial void ScenarioFinished(
        ILogger logger, string cityCode, PortalProbe.Cities.ChannelKind channel, string scenario, PortalProbe.Results.Verdict verdict, int attempt, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information,
        Message = "City {CityCode} channel {Channel} scenario {Scenario} failed; checking again in {Delay}")]
    public static partial void Rechecking(ILogger logger, string cityCode, PortalProbe.Cities.ChannelKind channel, string scenario, TimeSpan delay);

    [LoggerMessage(EventId = 103, Level = LogLevel.Warning, Message = "Could not capture {Evidence} evidence: {Error}")]
    public static partial void EvidenceFailed(ILogger logger, string evidence, string error);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Run {RunId} of city {CityCode} finished")]
    public static partial void RunFinished(ILogger logger, long runId, string cityCode);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Could not clean up after an attempt ({What}): {Error}")]
    public static partial void CleanUpFailed(ILogger logger, string what, string error);

    [LoggerMessage(EventId = 106, Level = LogLevel.Information,
        Message = "Run {RunId} of city {CityCode}: re-checking {Count} failed scenarios later in the sweep")]
    public static partial void RecheckDeferred(ILogger logger, long runId, string cityCode, int count);

    [LoggerMessage(EventId = 107, Level = LogLevel.Warning,
        Message = "Run {RunId} of city {CityCode}: the city's time budget ran out during the re-checks; the scenarios not re-checked keep their failed attempt")]
    public static partial void RecheckBudgetExceeded(ILogger logger, long runId, string cityCode);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning,
        Message = "City {CityCode} channel {Channel}: the portal at {Entry} is down; its remaining scenarios of this pass are not loaded ({Finding})")]
    public static partial void PortalDown(ILogger logger, string cityCode, PortalProbe.Cities.ChannelKind channel, string entry, string finding);
}
