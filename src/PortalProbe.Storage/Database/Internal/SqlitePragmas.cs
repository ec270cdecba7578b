using System.Data.Common;
using System.Globalization;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>
/// The settings every connection gets as soon as it opens: wait for other writers instead of failing, write
/// ahead (readers never block the writer), and enforce the foreign keys the cascade deletes rely on.
/// </summary>
internal static class SqlitePragmas
{
    public static async Task ApplyAsync(DbConnection connection, TimeSpan busyTimeout, CancellationToken cancellationToken)
    {
        await using var command = Create(connection, busyTimeout);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static void Apply(DbConnection connection, TimeSpan busyTimeout)
    {
        using var command = Create(connection, busyTimeout);
        command.ExecuteNonQuery();
    }

    private static DbCommand Create(DbConnection connection, TimeSpan busyTimeout)
    {
        var command = connection.CreateCommand();

        // busy_timeout comes first so that switching to WAL also waits for a busy database.
        command.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;");
        return command;
    }
}
