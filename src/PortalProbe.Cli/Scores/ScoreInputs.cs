using System.Globalization;
using PortalProbe.Cli.Hosting;
using PortalProbe.Results;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;

namespace PortalProbe.Cli.Scores;

/// <summary>A result set that cannot be read as asked (an unknown or empty sweep or campaign, nothing stored).</summary>
internal sealed class ScoreInputException(string message) : Exception(message);

/// <summary>
/// Which stored results are scored: by default the latest completed run of every city (compared with each city's
/// completed run before it); with a campaign, its runs merged per city (registration, submission and progress
/// from its live runs). <c>--sweep ID</c> is the seam for sweeps: <see cref="SweepAsync"/>.
/// </summary>
internal static class ScoreInputs
{
    public static async Task<(ResultSet Current, ResultSet? Baseline)> LoadAsync(
        ProbeHost host, string? campaign, long? sweep, CancellationToken cancellationToken)
    {
        var reader = new SqliteRunSetReader(host.Data, new StorageOptions());
        if (sweep is { } sweepId)
        {
            return (await SweepAsync(host, sweepId, cancellationToken), null);
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
    /// The seam for <c>--sweep ID</c>: the sweeps table arrives with the sweep branch, which wires this to its
    /// store (the sweep's run of each city, as <see cref="CityResultSet.FromRun"/>; unknown or empty sweep: a
    /// <see cref="ScoreInputException"/>).
    /// </summary>
    private static Task<ResultSet> SweepAsync(ProbeHost host, long sweepId, CancellationToken cancellationToken)
    {
        _ = host;
        _ = cancellationToken;
        throw new ScoreInputException(string.Create(CultureInfo.InvariantCulture, $"sweep {sweepId}: sweeps are not stored by this version; score the latest runs or a --campaign"));
    }

    private static ResultSet Of(string source, IReadOnlyList<CityRunResult> runs) =>
        new(source, [.. runs.Select(CityResultSet.FromRun)]);
}
