using Microsoft.Extensions.Logging;
using PortalProbe.Results;

namespace PortalProbe.Storage.Results.Internal;

internal static partial class ResultStoreLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug,
        Message = "Began run {RunId} of city {CityCode} ({Mode}, {ScriptFile})")]
    public static partial void RunBegun(ILogger logger, long runId, string cityCode, string mode, string scriptFile);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Debug,
        Message = "Saved scenario {Scenario} on {Channel} of run {RunId}: {Verdict}")]
    public static partial void ScenarioSaved(ILogger logger, long runId, string scenario, string channel, Verdict verdict);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Information,
        Message = "Replaced the earlier result of scenario {Scenario} on {Channel} of run {RunId}: {Verdict}")]
    public static partial void ScenarioReplaced(ILogger logger, long runId, string scenario, string channel, Verdict verdict);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Debug, Message = "Completed run {RunId}")]
    public static partial void RunCompleted(ILogger logger, long runId);
}
