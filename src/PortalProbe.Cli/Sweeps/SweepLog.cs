using Microsoft.Extensions.Logging;

namespace PortalProbe.Cli.Sweeps;

/// <summary>The sweep's structured progress: on the console when it is not a terminal, and always in the JSON-lines log.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(EventId = 600, Level = LogLevel.Information,
        Message = "Sweep {SweepId} started: {Total} cities, {Done} already done, {Parallel} at a time, {Mode}")]
    public static partial void Started(ILogger logger, long sweepId, int total, int done, int parallel, string mode);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information,
        Message = "Sweep {SweepId}: city {CityCode} done (run {RunId}, {Failing} not passing); {Done}/{Total} cities done, {FailingCities} failing, ETA {Eta}")]
    public static partial void CityDone(
        ILogger logger, long sweepId, string cityCode, long runId, int failing, int done, int total, int failingCities, string eta);

    [LoggerMessage(EventId = 602, Level = LogLevel.Error,
        Message = "Sweep {SweepId}: city {CityCode} could not run; it stays unfinished and runs again when the sweep is resumed")]
    public static partial void CityCrashed(ILogger logger, Exception exception, long sweepId, string cityCode);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "Sweep {SweepId} finished: {Regressions} regressions")]
    public static partial void Finished(ILogger logger, long sweepId, int regressions);

    [LoggerMessage(EventId = 604, Level = LogLevel.Information,
        Message = "Sweep {SweepId}: city {CityCode} first pass recorded (run {RunId}); {Failed} failed scenarios are re-checked after the first pass of every city; {FirstPassed}/{Total} first passes, ETA {Eta}")]
    public static partial void RecheckPending(ILogger logger, long sweepId, string cityCode, long runId, int failed, int firstPassed, int total, string eta);
}
