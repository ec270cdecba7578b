using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Leases.Internal;
using PortalProbe.Storage.Schema;

namespace PortalProbe.Storage.Leases;

/// <summary>
/// Named leases in the results database, so that one process at a time does a job (the nightly sweep) even when
/// several PortalProbe processes share the data directory. Every call is one <c>BEGIN IMMEDIATE</c> transaction:
/// the read of the current holder and the write that follows it happen under SQLite's write lock, so of any
/// number of processes asking at once exactly one is granted. A holder renews its lease while it works; one that
/// stops renewing (it crashed, or was killed) loses it when it expires, and the next request takes it over.
/// </summary>
public sealed class SqliteLeaseStore
{
    private readonly SqliteDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteLeaseStore> _logger;

    public SqliteLeaseStore(
        string databasePath, StorageOptions options, TimeProvider timeProvider, ILogger<SqliteLeaseStore> logger)
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
    public static async Task<SqliteLeaseStore> OpenAsync(
        DataDirectory dataDirectory, StorageOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var migrator = new SchemaMigrator(
            dataDirectory.DatabasePath, options, timeProvider, loggerFactory.CreateLogger<SchemaMigrator>());
        await migrator.MigrateAsync(cancellationToken);
        return new SqliteLeaseStore(
            dataDirectory.DatabasePath, options, timeProvider, loggerFactory.CreateLogger<SqliteLeaseStore>());
    }

    /// <summary>
    /// Grants the lease to <paramref name="holder"/> for <paramref name="duration"/> when nobody holds it: never
    /// taken, released, or expired (its holder stopped renewing). A holder asking again for a lease it holds gets
    /// it renewed.
    /// </summary>
    public Task<LeaseClaim> TryAcquireAsync(
        string name, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
        TryAcquireAsync(name, holder, duration, holderIsGone: null, cancellationToken);

    /// <summary>
    /// As <see cref="TryAcquireAsync(string, string, TimeSpan, CancellationToken)"/>, and also takes over a lease that
    /// has not expired yet when <paramref name="holderIsGone"/> says its holder no longer exists (a process on this
    /// host that was killed). The question is asked under the write lock, so two processes never both take it over.
    /// </summary>
    public async Task<LeaseClaim> TryAcquireAsync(
        string name, string holder, TimeSpan duration, Func<Lease, bool>? holderIsGone, CancellationToken cancellationToken)
    {
        Validate(name, holder, duration);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = _timeProvider.GetUtcNow();
        var current = await LeaseRows.FindAsync(connection, transaction, name, cancellationToken);
        if (current is not null && current.IsHeldAt(now) && current.Holder != holder && holderIsGone?.Invoke(current) != true)
        {
            LeaseStoreLog.Refused(_logger, name, holder, current.Holder, current.ExpiresAt);
            return new LeaseClaim.HeldByOther(current);
        }

        var renewing = current is not null && current.IsHeldAt(now) && current.Holder == holder;
        var lease = new Lease(name, holder, renewing ? current!.AcquiredAt : now, now, now + duration, ReleasedAt: null);
        await LeaseRows.WriteAsync(connection, transaction, lease, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // An expired lease that was never released is the mark of a holder that died while it worked.
        var takenOver = current is { ReleasedAt: null } && !renewing ? current : null;
        if (takenOver is not null)
        {
            LeaseStoreLog.TakenOver(_logger, name, holder, takenOver.Holder, takenOver.ExpiresAt);
        }
        else
        {
            LeaseStoreLog.Acquired(_logger, name, holder, lease.ExpiresAt);
        }

        return new LeaseClaim.Granted(lease, takenOver);
    }

    /// <summary>
    /// Extends the lease of <paramref name="holder"/> to <paramref name="duration"/> from now. False when the lease
    /// is no longer its own: released, or taken over by another holder after it expired. A lease that expired but
    /// that nobody took over is still the holder's, and is renewed.
    /// </summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        Validate(name, holder, duration);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = _timeProvider.GetUtcNow();
        var current = await LeaseRows.FindAsync(connection, transaction, name, cancellationToken);
        if (current is null || current.Holder != holder || current.ReleasedAt is not null)
        {
            LeaseStoreLog.Lost(_logger, name, holder, current is { ReleasedAt: null } ? current.Holder : "nobody's");
            return false;
        }

        await LeaseRows.WriteAsync(
            connection, transaction, current with { RenewedAt = now, ExpiresAt = now + duration }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Releases the lease if <paramref name="holder"/> still has it; false when it had already lost it.</summary>
    public async Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        var now = _timeProvider.GetUtcNow();
        var current = await LeaseRows.FindAsync(connection, transaction, name, cancellationToken);
        if (current is null || current.Holder != holder || current.ReleasedAt is not null)
        {
            return false;
        }

        var releasedAt = now < current.RenewedAt ? current.RenewedAt : now;
        await LeaseRows.WriteAsync(connection, transaction, current with { ReleasedAt = releasedAt }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LeaseStoreLog.Released(_logger, name, holder);
        return true;
    }

    /// <summary>The lease's row as it is now, held or not; null when it was never taken.</summary>
    public async Task<Lease?> FindAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken);
        return await LeaseRows.FindAsync(connection, transaction: null, name, cancellationToken);
    }

    private static void Validate(string name, string holder, TimeSpan duration)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(duration, TimeSpan.Zero);
    }
}
