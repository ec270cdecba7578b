using Microsoft.EntityFrameworkCore;
using PortalProbe.Results;
using PortalProbe.Storage.Database;

namespace PortalProbe.Storage.Results.Internal;

/// <summary>The read side of the store. Callers run these inside one read transaction, for one snapshot.</summary>
internal static class RunQueries
{
    /// <summary>Run ids of a city, latest first: by start time, then by id for runs started in the same tick.</summary>
    public static Task<List<long>> LatestRunIdsAsync(
        ResultsDbContext db, string cityCode, int count, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking()
            .Where(r => r.CityCode == cityCode)
            .OrderByDescending(r => r.StartedAt)
            .ThenByDescending(r => r.Id)
            .Select(r => r.Id)
            .Take(count)
            .ToListAsync(cancellationToken);

    public static async Task<CityRunResult> ReadRunAsync(
        ResultsDbContext db, long runId, CancellationToken cancellationToken)
    {
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId, cancellationToken);
        var city = await db.Cities.AsNoTracking().SingleAsync(c => c.Code == run.CityCode, cancellationToken);
        var scenarios = await db.Scenarios.AsNoTracking()
            .Where(s => s.RunId == runId)
            .Include(s => s.Attempts).ThenInclude(a => a.Steps)
            .Include(s => s.Attempts).ThenInclude(a => a.Evidence)
            .Include(s => s.Facts)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return RunResultMapping.ToResult(run, city, scenarios);
    }
}
