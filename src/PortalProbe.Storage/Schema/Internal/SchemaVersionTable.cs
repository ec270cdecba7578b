using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PortalProbe.Storage.Schema.Internal;

/// <summary>The <c>schema_version</c> table: one row per applied script, written in that script's transaction.</summary>
internal static class SchemaVersionTable
{
    private const string CreateSql = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            applied_at TEXT NOT NULL
        ) STRICT;
        """;

    public static async Task EnsureAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CreateSql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The highest applied version; 0 for a new database.</summary>
    public static async Task<int> ReadAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, CultureInfo.InvariantCulture);
    }

    public static async Task RecordAsync(
        SqliteConnection connection, SqliteTransaction transaction, int version, string appliedAt,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($version, $appliedAt);";
        command.Parameters.AddWithValue("$version", version);
        command.Parameters.AddWithValue("$appliedAt", appliedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
