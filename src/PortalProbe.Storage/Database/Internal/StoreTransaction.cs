using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>
/// A transaction on a context's connection that this code owns: disposing it uncommitted rolls it back.
/// Writes begin with <c>BEGIN IMMEDIATE</c>, so a transaction takes the write lock (waiting up to the busy
/// timeout) before it reads anything; a deferred transaction that reads and then writes can fail at once with
/// "database is locked" when another process wrote in between. Reads begin deferred: a consistent snapshot
/// that never blocks a writer.
/// </summary>
internal sealed class StoreTransaction : IAsyncDisposable
{
    private readonly SqliteTransaction _transaction;

    private StoreTransaction(SqliteTransaction transaction)
    {
        _transaction = transaction;
    }

    public static Task<StoreTransaction> BeginWriteAsync(ResultsDbContext db, CancellationToken cancellationToken) =>
        BeginAsync(db, deferred: false, cancellationToken);

    public static Task<StoreTransaction> BeginReadAsync(ResultsDbContext db, CancellationToken cancellationToken) =>
        BeginAsync(db, deferred: true, cancellationToken);

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => _transaction.DisposeAsync();

    private static async Task<StoreTransaction> BeginAsync(
        ResultsDbContext db, bool deferred, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(deferred);
        try
        {
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            return new StoreTransaction(transaction);
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
