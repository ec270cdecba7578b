using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Schema.Internal;

namespace PortalProbe.Storage.Schema;

/// <summary>
/// Brings a database file up to the schema this code knows by applying the missing
/// <c>Schema/Scripts/NNNN_name.sql</c> scripts in order, each in its own transaction together with its
/// <c>schema_version</c> row. Several processes may migrate the same file at once: each script is applied once.
/// A database written by a newer PortalProbe is refused, untouched.
/// </summary>
public sealed class SchemaMigrator
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SchemaMigrator> _logger;

    public SchemaMigrator(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILogger<SchemaMigrator> logger)
        : this(new SqliteDatabase(databasePath, options), timeProvider, logger)
    {
    }

    internal SchemaMigrator(SqliteDatabase database, TimeProvider timeProvider, ILogger<SchemaMigrator> logger)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);
        _database = database;
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>The newest schema version this code knows: the number of the last embedded script.</summary>
    public static int LatestVersion => SchemaScripts.LatestVersion;

    public string DatabasePath => _database.Path;

    /// <summary>The database's schema version; 0 for a new or empty file.</summary>
    public async Task<int> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await SchemaVersionTable.EnsureAsync(connection, cancellationToken);
        return await SchemaVersionTable.ReadAsync(connection, transaction: null, cancellationToken);
    }

    /// <summary>Applies the missing scripts and returns the schema version reached.</summary>
    /// <exception cref="SchemaVersionException">The database is newer than this code.</exception>
    public Task<int> MigrateAsync(CancellationToken cancellationToken) =>
        MigrateToAsync(LatestVersion, cancellationToken);

    /// <summary>
    /// Applies the scripts up to <paramref name="targetVersion"/> only. Tests use it to build a database of an
    /// earlier version and check that the next scripts upgrade it without losing rows.
    /// </summary>
    internal async Task<int> MigrateToAsync(int targetVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(targetVersion);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(targetVersion, LatestVersion);

        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await SchemaVersionTable.EnsureAsync(connection, cancellationToken);
        var current = await SchemaVersionTable.ReadAsync(connection, transaction: null, cancellationToken);
        RefuseNewer(current);

        foreach (var script in SchemaScripts.All.Where(s => s.Version > current && s.Version <= targetVersion))
        {
            current = await ApplyAsync(connection, script, cancellationToken);
        }

        SchemaLog.UpToDate(_logger, _database.Path, current);
        return current;
    }

    private async Task<int> ApplyAsync(SqliteConnection connection, SchemaScript script, CancellationToken cancellationToken)
    {
        await using var transaction = connection.BeginTransaction(deferred: false);

        // Another process may have applied this script since we looked: look again under the write lock.
        var current = await SchemaVersionTable.ReadAsync(connection, transaction, cancellationToken);
        RefuseNewer(current);
        if (current >= script.Version)
        {
            return current;
        }

        if (current != script.Version - 1)
        {
            throw new InvalidOperationException(
                $"database '{_database.Path}' is at schema version {current}; script {script} cannot follow it");
        }

        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = script.Sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var appliedAt = StoredText.Timestamp(_timeProvider.GetUtcNow());
        await SchemaVersionTable.RecordAsync(connection, transaction, script.Version, appliedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        SchemaLog.Upgraded(_logger, _database.Path, script.Version, script);
        return script.Version;
    }

    private void RefuseNewer(int version)
    {
        if (version > LatestVersion)
        {
            throw new SchemaVersionException(
                $"The database '{_database.Path}' has schema version {version}, but this PortalProbe knows "
                + $"versions up to {LatestVersion} only. It was written by a newer PortalProbe: upgrade PortalProbe, "
                + "or point --data at another data directory. The database was left as it is.");
        }
    }
}
