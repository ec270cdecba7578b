using PortalProbe.Results;

namespace PortalProbe.Overrides;

/// <summary>What an evaluator records: a score (or, with <see cref="Value"/> null, the removal of one).</summary>
public sealed record NewOverride(
    string CityCode,
    string IndicatorId,
    double? Value,
    string Reason,
    string By,
    DateTimeOffset At,
    EvidenceRef? Evidence = null);
