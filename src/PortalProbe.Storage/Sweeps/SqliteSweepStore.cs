using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Schema;
using PortalProbe.Storage.Sweeps.Internal;
using PortalProbe.Sweeps;

namespace PortalProbe.Storage.Sweeps;

/// <summary>
/// Sweeps in the same SQLite file as the results. Every call is one short transaction on its own connection,
/// writes begin with <c>BEGIN IMMEDIATE</c> and every connection waits for the busy timeout, so a
/// <c>run --city</c> in another process writes between a sweep's writes instead of failing.
/// </summary>
public sealed class SqliteSweepStore : ISweepStore
{
    private readonly SqliteDatabase _database;
    private readonly ILogger<SqliteSweepStore> _logger;

    public SqliteSweepStore(DataDirectory dataDirectory, StorageOptions options, ILogger<SqliteSweepStore> logger)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(logger);
        _database = new SqliteDatabase(dataDirectory.DatabasePath, options);
        _logger = logger;
    }

    /// <summary>Migrates the data directory's database to the current schema and opens a store on it.</summary>
    /// <exception cref="SchemaVersionException">The database was written by a newer PortalProbe.</exception>
    public static async Task<SqliteSweepStore> OpenAsync(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var migrator = new SchemaMigrator(dataDirectory.DatabasePath, options, timeProvider, loggerFactory.CreateLogger<SchemaMigrator>());
        await migrator.MigrateAsync(cancellationToken);
        return new SqliteSweepStore(dataDirectory, options, loggerFactory.CreateLogger<SqliteSweepStore>());
    }

    public async Task<Sweep> CreateAsync(SweepRequest request, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Cities.Count == 0 || request.Cities.Distinct(StringComparer.Ordinal).Count() != request.Cities.Count)
        {
            throw new ArgumentException("a sweep needs at least one city and each city once", nameof(request));
        }

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = SweepSql.Command(
            connection,
            transaction,
            """
            INSERT INTO sweeps (started_at, mode, campaign_id, checks_dir, vars, parallel, request_key)
            VALUES ($started, $mode, $campaign, $checks, $vars, $parallel, $key) RETURNING id
            """,
            ("$started", StoredText.Timestamp(startedAt)),
            ("$mode", request.Mode),
            ("$campaign", request.CampaignId),
            ("$checks", request.ChecksFolder),
            ("$vars", SweepRows.Vars(request.Vars)),
            ("$parallel", request.Parallel),
            ("$key", request.Key));
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        for (var position = 0; position < request.Cities.Count; position++)
        {
            await SweepSql.ExecuteAsync(
                connection,
                transaction,
                "INSERT INTO sweep_cities (sweep_id, city_code, position, state) VALUES ($sweep, $city, $position, 'pending')",
                cancellationToken,
                ("$sweep", id),
                ("$city", request.Cities[position]),
                ("$position", position));
        }

        await transaction.CommitAsync(cancellationToken);
        SweepStoreLog.Created(_logger, id, request.Cities.Count, request.Mode);
        return new Sweep(id, startedAt, null, request);
    }

    public async Task<Sweep?> FindAsync(long sweepId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadSweepAsync(connection, $"SELECT {SweepRows.SweepColumns} FROM sweeps WHERE id = $id", ("$id", sweepId), cancellationToken);
    }

    public async Task<IReadOnlyList<Sweep>> FinishedBeforeAsync(long sweepId, int count, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        var ids = new List<long>();
        await using (var command = SweepSql.Command(
            connection,
            null,
            "SELECT id FROM sweeps WHERE id < $id AND finished_at IS NOT NULL ORDER BY id DESC LIMIT $count",
            ("$id", sweepId),
            ("$count", count)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var sweeps = new List<Sweep>(ids.Count);
        foreach (var id in ids)
        {
            sweeps.Add((await ReadSweepAsync(connection, $"SELECT {SweepRows.SweepColumns} FROM sweeps WHERE id = $id", ("$id", id), cancellationToken))!);
        }

        return sweeps;
    }

    public async Task<Sweep?> LatestAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);

        // Sweeps are recorded as they start, so the newest id is the most recent start.
        return await ReadSweepAsync(
            connection, $"SELECT {SweepRows.SweepColumns} FROM sweeps ORDER BY id DESC LIMIT 1", cancellationToken);
    }

    public async Task<Sweep?> FindUnfinishedAsync(SweepRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadSweepAsync(
            connection,
            $"SELECT {SweepRows.SweepColumns} FROM sweeps WHERE request_key = $key AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            ("$key", request.Key),
            cancellationToken);
    }

    public async Task<IReadOnlyList<SweepCity>> CitiesAsync(long sweepId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadCitiesAsync(connection, sweepId, cancellationToken);
    }

    public async Task MarkRunningAsync(long sweepId, string cityCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await WriteAsync(
            """
            UPDATE sweep_cities SET state = 'running', started_at = $at
            WHERE sweep_id = $sweep AND city_code = $city AND state <> 'done' AND run_id IS NULL
            """,
            cancellationToken,
            ("$at", StoredText.Timestamp(at)),
            ("$sweep", sweepId),
            ("$city", cityCode));
        if (changed != 1)
        {
            throw new InvalidOperationException($"city {cityCode} of sweep {sweepId} is done, waits for its re-checks or is not part of the sweep");
        }
    }

    public async Task MarkRecheckAsync(long sweepId, string cityCode, long runId, CancellationToken cancellationToken)
    {
        // 'running' with its run is the re-check state (see SweepRows.City): the run is kept, the city is not done.
        var changed = await WriteAsync(
            """
            UPDATE sweep_cities SET run_id = $run
            WHERE sweep_id = $sweep AND city_code = $city AND state = 'running' AND run_id IS NULL
            """,
            cancellationToken,
            ("$run", runId),
            ("$sweep", sweepId),
            ("$city", cityCode));
        if (changed != 1)
        {
            throw new InvalidOperationException($"city {cityCode} of sweep {sweepId} was not running its first pass");
        }

        SweepStoreLog.CityRecheck(_logger, sweepId, cityCode, runId);
    }

    public async Task MarkDoneAsync(long sweepId, string cityCode, long runId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var changed = await WriteAsync(
            """
            UPDATE sweep_cities SET state = 'done', run_id = $run, finished_at = $at
            WHERE sweep_id = $sweep AND city_code = $city AND state = 'running' AND (run_id IS NULL OR run_id = $run)
            """,
            cancellationToken,
            ("$run", runId),
            ("$at", StoredText.Timestamp(at)),
            ("$sweep", sweepId),
            ("$city", cityCode));
        if (changed != 1)
        {
            throw new InvalidOperationException($"city {cityCode} of sweep {sweepId} was not running; it is done once only");
        }

        SweepStoreLog.CityDone(_logger, sweepId, cityCode, runId);
    }

    public async Task<IReadOnlyList<Regression>> FinishAsync(long sweepId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            // A city running or waiting for its re-checks (both stored as 'running') would never get its regressions.
            await using (var open = SweepSql.Command(connection, transaction, "SELECT count(*) FROM sweep_cities WHERE sweep_id = $sweep AND state = 'running'", ("$sweep", sweepId)))
            {
                if (Convert.ToInt64(await open.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) is var unfinished and > 0)
                {
                    throw new InvalidOperationException($"sweep {sweepId} has {unfinished} cities running or waiting for their re-checks; it cannot be finished");
                }
            }

            await SweepSql.ExecuteAsync(connection, transaction, "DELETE FROM sweep_regressions WHERE sweep_id = $sweep", cancellationToken, ("$sweep", sweepId));
            await SweepSql.ExecuteAsync(connection, transaction, RegressionQuery.Insert, cancellationToken, ("$sweep", sweepId));
            var finished = await SweepSql.ExecuteAsync(
                connection,
                transaction,
                "UPDATE sweeps SET finished_at = max(started_at, $at) WHERE id = $sweep",
                cancellationToken,
                ("$at", StoredText.Timestamp(at)),
                ("$sweep", sweepId));
            if (finished != 1)
            {
                throw new InvalidOperationException($"there is no sweep {sweepId}");
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var regressions = await ReadRegressionsAsync(connection, sweepId, cancellationToken);
        SweepStoreLog.Finished(_logger, sweepId, regressions.Count);
        return regressions;
    }

    public async Task<IReadOnlyList<Regression>> RegressionsAsync(long sweepId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await ReadRegressionsAsync(connection, sweepId, cancellationToken);
    }

    private async Task<int> WriteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);

        // The default isolation level makes this BEGIN IMMEDIATE: the write lock is taken (waiting for the busy
        // timeout) before anything is read, like every other store's writes.
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var changed = await SweepSql.ExecuteAsync(connection, transaction, sql, cancellationToken, parameters);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static Task<Sweep?> ReadSweepAsync(
        SqliteConnection connection, string sql, (string, object?) parameter, CancellationToken cancellationToken) =>
        ReadSweepAsync(connection, sql, cancellationToken, parameter);

    private static async Task<Sweep?> ReadSweepAsync(
        SqliteConnection connection, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = SweepSql.Command(connection, null, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var cities = await ReadCitiesAsync(connection, reader.GetInt64(0), cancellationToken);
        return SweepRows.Sweep(reader, [.. cities.Select(c => c.CityCode)]);
    }

    private static async Task<IReadOnlyList<SweepCity>> ReadCitiesAsync(SqliteConnection connection, long sweepId, CancellationToken cancellationToken)
    {
        await using var command = SweepSql.Command(
            connection, null, "SELECT city_code, position, state, run_id FROM sweep_cities WHERE sweep_id = $sweep ORDER BY position", ("$sweep", sweepId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var cities = new List<SweepCity>();
        while (await reader.ReadAsync(cancellationToken))
        {
            cities.Add(SweepRows.City(reader));
        }

        return cities;
    }

    private static async Task<IReadOnlyList<Regression>> ReadRegressionsAsync(SqliteConnection connection, long sweepId, CancellationToken cancellationToken)
    {
        await using var command = SweepSql.Command(connection, null, RegressionQuery.Select, ("$sweep", sweepId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var regressions = new List<Regression>();
        while (await reader.ReadAsync(cancellationToken))
        {
            regressions.Add(SweepRows.Regression(reader));
        }

        return regressions;
    }
}
