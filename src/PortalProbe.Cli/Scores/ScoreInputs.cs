using System.Globalization;
using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using PortalProbe.Results;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Sweeps;

namespace PortalProbe.Cli.Scores;

/// <summary>A result set that cannot be read as asked (an unknown or empty sweep or campaign, nothing stored).</summary>
internal sealed class ScoreInputException(string message) : Exception(message);

/// <summary>
/// Which stored results are scored: by default the latest completed run of every city (compared with each city's
/// completed run before it); with a campaign, its runs merged per city (registration, submission and progress
/// from its live runs); with a sweep, its runs (compared with the previous finished sweep).
/// </summary>
internal static class ScoreInputs
{
    public static async Task<(ResultSet Current, ResultSet? Baseline)> LoadAsync(
        ProbeHost host, string? campaign, long? sweep, CancellationToken cancellationToken)
    {
        var reader = new SqliteRunSetReader(host.Data, new StorageOptions());
        if (sweep is { } sweepId)
        {
            return await SweepAsync(host, sweepId, cancellationToken);
        }

        if (campaign is not null)
        {
            var runs = await reader.CampaignRunsAsync(campaign, cancellationToken);
            if (runs.Count == 0)
            {
                throw new ScoreInputException($"campaign '{campaign}' has no completed run to score");
            }

            return (new ResultSet($"campaign {campaign}", [.. runs.GroupBy(r => r.City.Code).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => CityResultSet.Merge([.. g]))]), null);
        }

        var latest = await reader.LatestCompletedRunsAsync(0, cancellationToken);
        if (latest.Count == 0)
        {
            throw new ScoreInputException($"no completed run is stored in {host.Data.DatabasePath}; run some cities first");
        }

        var previous = await reader.LatestCompletedRunsAsync(1, cancellationToken);
        return (Of("latest completed run per city", latest), previous.Count == 0 ? null : Of("previous completed run per city", previous));
    }

    /// <summary>
    /// One sweep: the run of each city whose sweep state is done, compared with the previous finished sweep (each
    /// city with its run there, when it had one).
    /// </summary>
    /// <exception cref="ScoreInputException">No sweep has this id, or none of its cities is done yet.</exception>
    private static async Task<(ResultSet Current, ResultSet? Baseline)> SweepAsync(ProbeHost host, long sweepId, CancellationToken cancellationToken)
    {
        var sweeps = new StoredSweeps(new SqliteSweepStore(host.Data, new StorageOptions(), host.Loggers.CreateLogger<SqliteSweepStore>()), host.Results);
        var sweep = await sweeps.FindAsync(sweepId, cancellationToken)
            ?? throw new ScoreInputException(string.Create(CultureInfo.InvariantCulture, $"there is no sweep {sweepId} in {host.Data.DatabasePath}"));
        if (sweep.IsEmpty)
        {
            throw new ScoreInputException(string.Create(
                CultureInfo.InvariantCulture, $"sweep {sweepId} is empty: none of its {sweep.Cities.Count} cities has completed a run yet (resume it with portalprobe sweep --resume {sweepId})"));
        }

        var previous = (await sweeps.FinishedBeforeAsync(sweepId, 1, cancellationToken)).FirstOrDefault(p => !p.IsEmpty);
        return (Of(sweep.Describe(), sweep.Runs), previous is null ? null : Of($"previous finished {previous.Describe()}", previous.Runs));
    }

    private static ResultSet Of(string source, IReadOnlyList<CityRunResult> runs) =>
        new(source, [.. runs.Select(CityResultSet.FromRun)]);
}
