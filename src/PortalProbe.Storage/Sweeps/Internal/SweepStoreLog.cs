using Microsoft.Extensions.Logging;

namespace PortalProbe.Storage.Sweeps.Internal;

internal static partial class SweepStoreLog
{
    [LoggerMessage(EventId = 5801, Level = LogLevel.Information, Message = "Recorded sweep {SweepId}: {Cities} cities, {Mode}")]
    public static partial void Created(ILogger logger, long sweepId, int cities, string mode);

    [LoggerMessage(EventId = 5802, Level = LogLevel.Information, Message = "Sweep {SweepId}: city {CityCode} done with run {RunId}")]
    public static partial void CityDone(ILogger logger, long sweepId, string cityCode, long runId);

    [LoggerMessage(EventId = 5803, Level = LogLevel.Information, Message = "Sweep {SweepId} finished with {Regressions} regressions")]
    public static partial void Finished(ILogger logger, long sweepId, int regressions);

    [LoggerMessage(EventId = 5804, Level = LogLevel.Information, Message = "Sweep {SweepId}: city {CityCode} waits for its re-checks in run {RunId}")]
    public static partial void CityRecheck(ILogger logger, long sweepId, string cityCode, long runId);
}
