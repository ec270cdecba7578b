using Microsoft.Data.Sqlite;
using PortalProbe.Storage.Database.Internal;

namespace PortalProbe.Storage.Leases.Internal;

/// <summary>The SQL of the <c>leases</c> table, each statement on the caller's connection and transaction.</summary>
internal static class LeaseRows
{
    public static async Task<Lease?> FindAsync(
        SqliteConnection connection, SqliteTransaction? transaction, string name, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction,
            "SELECT holder, acquired_at, renewed_at, expires_at, released_at FROM leases WHERE name = $name");
        command.Parameters.AddWithValue("$name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new Lease(
            name,
            reader.GetString(0),
            StoredText.ParseTimestamp(reader.GetString(1)),
            StoredText.ParseTimestamp(reader.GetString(2)),
            StoredText.ParseTimestamp(reader.GetString(3)),
            reader.IsDBNull(4) ? null : StoredText.ParseTimestamp(reader.GetString(4)));
    }

    public static async Task WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, Lease lease, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, """
            INSERT INTO leases (name, holder, acquired_at, renewed_at, expires_at, released_at)
                VALUES ($name, $holder, $acquired, $renewed, $expires, $released)
            ON CONFLICT (name) DO UPDATE SET
                holder = excluded.holder, acquired_at = excluded.acquired_at, renewed_at = excluded.renewed_at,
                expires_at = excluded.expires_at, released_at = excluded.released_at
            """);
        command.Parameters.AddWithValue("$name", lease.Name);
        command.Parameters.AddWithValue("$holder", lease.Holder);
        command.Parameters.AddWithValue("$acquired", StoredText.Timestamp(lease.AcquiredAt));
        command.Parameters.AddWithValue("$renewed", StoredText.Timestamp(lease.RenewedAt));
        command.Parameters.AddWithValue("$expires", StoredText.Timestamp(lease.ExpiresAt));
        command.Parameters.AddWithValue(
            "$released", lease.ReleasedAt is { } released ? StoredText.Timestamp(released) : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
