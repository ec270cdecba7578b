using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Storage.Database;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Database.Rows;
using PortalProbe.Storage.Results.Internal;
using PortalProbe.Storage.Schema;

namespace PortalProbe.Storage.Results;

/// <summary>
/// Stores runs in a SQLite file that several processes may write at once (a nightly sweep and a one-city
/// re-run). Every call is one short transaction on its own connection. The database must be at the current
/// schema version: <see cref="OpenAsync(DataDirectory, StorageOptions, TimeProvider, ILoggerFactory, CancellationToken)"/>
/// migrates it first.
/// </summary>
public sealed class SqliteResultStore : IResultStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteResultStore> _logger;

    public SqliteResultStore(DataDirectory dataDirectory, TimeProvider timeProvider, ILogger<SqliteResultStore> logger)
        : this(dataDirectory, new StorageOptions(), timeProvider, logger)
    {
    }

    public SqliteResultStore(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILogger<SqliteResultStore> logger)
        : this(PathOf(dataDirectory), options, timeProvider, logger)
    {
    }

    public SqliteResultStore(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILogger<SqliteResultStore> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _database = new SqliteDatabase(databasePath, options);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public string DatabasePath => _database.Path;

    /// <summary>Migrates the data directory's database to the current schema and opens a store on it.</summary>
    /// <exception cref="SchemaVersionException">The database was written by a newer PortalProbe.</exception>
    public static Task<SqliteResultStore> OpenAsync(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken) =>
        OpenAsync(PathOf(dataDirectory), options, timeProvider, loggerFactory, cancellationToken);

    /// <summary>Migrates the database file to the current schema and opens a store on it.</summary>
    /// <exception cref="SchemaVersionException">The database was written by a newer PortalProbe.</exception>
    public static async Task<SqliteResultStore> OpenAsync(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var migrator = new SchemaMigrator(databasePath, options, timeProvider, loggerFactory.CreateLogger<SchemaMigrator>());
        await migrator.MigrateAsync(cancellationToken);
        return new SqliteResultStore(databasePath, options, timeProvider, loggerFactory.CreateLogger<SqliteResultStore>());
    }

    /// <summary>
    /// Records the city as the run describes it and starts a run in status <c>running</c>, in the run's campaign
    /// if it names one.
    /// </summary>
    /// <exception cref="CampaignException">The run names a campaign that does not exist.</exception>
    public async Task<long> BeginRunAsync(RunStart run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (!CityInfo.IsValidCode(run.City.Code))
        {
            throw new ArgumentException($"'{run.City.Code}' is not a six-digit city code", nameof(run));
        }

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        if (run.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, cancellationToken))
        {
            throw new CampaignException(
                $"campaign {campaignId} does not exist; a live run must belong to a campaign that was started");
        }

        await CityRows.UpsertAsync(db, run.City, StoredText.Timestamp(_timeProvider.GetUtcNow()), cancellationToken);
        var row = new RunRow
        {
            CityCode = run.City.Code,
            ScriptFile = run.ScriptFile,
            Mode = run.Mode,
            StartedAt = StoredText.Timestamp(run.StartedAt),
            Status = RunStatus.Running,
            CampaignId = run.CampaignId,
        };
        db.Runs.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        ResultStoreLog.RunBegun(_logger, row.Id, row.CityCode, row.Mode, row.ScriptFile);
        return row.Id;
    }

    /// <summary>
    /// Stores the scenario with all it holds in one transaction. A scenario saved again in the same run and
    /// channel replaces the earlier result and keeps its place in the run's order.
    /// </summary>
    public async Task SaveScenarioAsync(long runId, ScenarioResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Attempts.Count == 0)
        {
            throw new ArgumentException($"scenario '{result.Scenario}' has no attempt to store", nameof(result));
        }

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginWriteAsync(db, cancellationToken);
        await EnsureRunExistsAsync(db, runId, cancellationToken);

        var channel = result.Channel.ToId();
        var row = await db.Scenarios.SingleOrDefaultAsync(
            s => s.RunId == runId && s.Scenario == result.Scenario && s.Channel == channel, cancellationToken);
        if (row is null)
        {
            db.Scenarios.Add(ScenarioRowMapping.ToRow(runId, result));
        }
        else
        {
            // Steps and evidence go with their attempts (ON DELETE CASCADE).
            await db.Attempts.Where(a => a.ScenarioResultId == row.Id).ExecuteDeleteAsync(cancellationToken);
            await db.Facts.Where(f => f.ScenarioResultId == row.Id).ExecuteDeleteAsync(cancellationToken);
            ScenarioRowMapping.Replace(row, result);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (row is null)
        {
            ResultStoreLog.ScenarioSaved(_logger, runId, result.Scenario, channel, result.Verdict);
        }
        else
        {
            ResultStoreLog.ScenarioReplaced(_logger, runId, result.Scenario, channel, result.Verdict);
        }
    }

    public async Task CompleteRunAsync(long runId, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var finished = StoredText.Timestamp(finishedAt);
        var updated = await db.Runs
            .Where(r => r.Id == runId)
            .ExecuteUpdateAsync(
                s => s.SetProperty(r => r.Status, RunStatus.Complete).SetProperty(r => r.FinishedAt, finished),
                cancellationToken);
        if (updated == 0)
        {
            throw new InvalidOperationException($"run {runId} does not exist");
        }

        ResultStoreLog.RunCompleted(_logger, runId);
    }

    public async Task<CityRunResult?> LatestRunAsync(string cityCode, CancellationToken cancellationToken)
    {
        var runs = await RecentRunsAsync(cityCode, 1, cancellationToken);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>One run by its id, complete or not; null when there is no such run (a sweep's city points at its run).</summary>
    public async Task<CityRunResult?> FindRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginReadAsync(db, cancellationToken);
        return await db.Runs.AsNoTracking().AnyAsync(r => r.Id == runId, cancellationToken)
            ? await RunQueries.ReadRunAsync(db, runId, cancellationToken)
            : null;
    }

    /// <summary>The latest <paramref name="count"/> runs of a city, latest first, complete or not.</summary>
    public async Task<IReadOnlyList<CityRunResult>> RecentRunsAsync(
        string cityCode, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cityCode);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);

        await using var db = _database.CreateContext();
        await using var transaction = await StoreTransaction.BeginReadAsync(db, cancellationToken);
        var ids = await RunQueries.LatestRunIdsAsync(db, cityCode, count, cancellationToken);
        var runs = new List<CityRunResult>(ids.Count);
        foreach (var id in ids)
        {
            runs.Add(await RunQueries.ReadRunAsync(db, id, cancellationToken));
        }

        return runs;
    }

    /// <summary>The codes of every city with at least one stored run, in code order.</summary>
    public async Task<IReadOnlyList<string>> CityCodesAsync(CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        return await db.Runs.AsNoTracking()
            .Select(r => r.CityCode)
            .Distinct()
            .OrderBy(c => c)
            .ToListAsync(cancellationToken);
    }

    private static async Task EnsureRunExistsAsync(ResultsDbContext db, long runId, CancellationToken cancellationToken)
    {
        if (!await db.Runs.AnyAsync(r => r.Id == runId, cancellationToken))
        {
            throw new InvalidOperationException($"run {runId} does not exist; begin it with BeginRunAsync first");
        }
    }

    private static string PathOf(DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        return dataDirectory.DatabasePath;
    }
}
