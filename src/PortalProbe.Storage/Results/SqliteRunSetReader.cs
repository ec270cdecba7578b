using Microsoft.EntityFrameworkCore;
using PortalProbe.Campaigns;
using PortalProbe.Results;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;
using PortalProbe.Storage.Results.Internal;

namespace PortalProbe.Storage.Results;

/// <summary>
/// Reads sets of completed runs over many cities, as scores and exports need them: the latest completed run of
/// every city, the one before it (to compare with), or every completed run of a campaign. Each call reads one
/// snapshot. The database must be at the current schema version.
/// </summary>
public sealed class SqliteRunSetReader
{
    private readonly SqliteDatabase _database;

    public SqliteRunSetReader(DataDirectory dataDirectory, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        _database = new SqliteDatabase(dataDirectory.DatabasePath, options);
    }

    public SqliteRunSetReader(string databasePath, StorageOptions options)
    {
        _database = new SqliteDatabase(databasePath, options);
    }

    /// <summary>For every city, its latest completed run (<paramref name="skip"/> = 1: the completed run before it), by city code.</summary>
    public async Task<IReadOnlyList<CityRunResult>> LatestCompletedRunsAsync(int skip, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginReadAsync(db, cancellationToken);
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Complete)
            .Select(r => new { r.Id, r.CityCode, r.StartedAt })
            .ToListAsync(cancellationToken);
        var ids = runs
            .GroupBy(r => r.CityCode)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.StartedAt, StringComparer.Ordinal).ThenByDescending(r => r.Id).Skip(skip).FirstOrDefault())
            .Where(r => r is not null)
            .Select(r => r!.Id)
            .ToList();
        return await ReadAllAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// Every completed run of a campaign: its live runs, and every run that started while it was open. Oldest first.
    /// </summary>
    /// <exception cref="CampaignException">There is no such campaign.</exception>
    public async Task<IReadOnlyList<CityRunResult>> CampaignRunsAsync(string campaignName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaignName);
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginReadAsync(db, cancellationToken);
        var campaigns = await db.Campaigns.AsNoTracking().ToListAsync(cancellationToken);
        var campaign = campaigns.FirstOrDefault(c => string.Equals(c.Name, campaignName, StringComparison.OrdinalIgnoreCase))
            ?? throw new CampaignException($"there is no campaign '{campaignName}' (see 'portalprobe campaign list')");
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.Status == RunStatus.Complete)
            .Select(r => new { r.Id, r.StartedAt, r.CampaignId })
            .ToListAsync(cancellationToken);
        var ids = runs
            .Where(r => r.CampaignId == campaign.Id
                || (string.CompareOrdinal(r.StartedAt, campaign.StartedAt) >= 0
                    && (campaign.ClosedAt is null || string.CompareOrdinal(r.StartedAt, campaign.ClosedAt) <= 0)))
            .OrderBy(r => r.StartedAt, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Select(r => r.Id)
            .ToList();
        return await ReadAllAsync(db, ids, cancellationToken);
    }

    private static async Task<IReadOnlyList<CityRunResult>> ReadAllAsync(
        Database.ResultsDbContext db, List<long> ids, CancellationToken cancellationToken)
    {
        var results = new List<CityRunResult>(ids.Count);
        foreach (var id in ids)
        {
            results.Add(await RunQueries.ReadRunAsync(db, id, cancellationToken));
        }

        return results;
    }
}
