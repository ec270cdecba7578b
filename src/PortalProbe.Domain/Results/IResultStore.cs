using PortalProbe.Cities;

namespace PortalProbe.Results;

/// <summary>What a run needs to record when it starts.</summary>
/// <param name="CampaignId">The campaign a live run belongs to; null for a dry run outside any campaign.</param>
public sealed record RunStart(CityInfo City, string ScriptFile, string Mode, DateTimeOffset StartedAt, long? CampaignId = null);

/// <summary>
/// Stores runs and their results in short transactions. A run is complete only once
/// <see cref="CompleteRunAsync"/> was called; a run cut short stays visibly incomplete.
/// </summary>
public interface IResultStore
{
    Task<long> BeginRunAsync(RunStart run, CancellationToken cancellationToken);

    /// <summary>Stores one scenario with all its attempts, steps, facts and evidence records, atomically.</summary>
    Task SaveScenarioAsync(long runId, ScenarioResult result, CancellationToken cancellationToken);

    Task CompleteRunAsync(long runId, DateTimeOffset finishedAt, CancellationToken cancellationToken);

    /// <summary>The latest run of a city, complete or not; null when the city was never run.</summary>
    Task<CityRunResult?> LatestRunAsync(string cityCode, CancellationToken cancellationToken);
}
