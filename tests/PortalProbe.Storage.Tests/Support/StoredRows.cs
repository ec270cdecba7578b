using Microsoft.Data.Sqlite;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>Looks at the database file directly, as a person with the sqlite3 shell would.</summary>
internal static class StoredRows
{
    public static async Task<long> CountAsync(DataDirectory data, string table) =>
        Convert.ToInt64(await ScalarAsync(data.DatabasePath, $"SELECT COUNT(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);

    public static Task<object?> ScalarAsync(DataDirectory data, string sql) => ScalarAsync(data.DatabasePath, sql);

    public static async Task<object?> ScalarAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public static async Task ExecuteAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<string>> ColumnAsync(string databasePath, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>
    /// Every row of <paramref name="table"/>, each as its values quoted the SQL way and joined with '|', in rowid
    /// order. Only the columns the table has now are read, so a dump taken before an upgrade can be taken again
    /// after it, whatever columns the upgrade added.
    /// </summary>
    public static async Task<List<string>> DumpAsync(string databasePath, string table, IReadOnlyList<string> columns)
    {
        var values = string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"));
        return await ColumnAsync(databasePath, $"SELECT {values} FROM \"{table}\" ORDER BY rowid");
    }

    public static Task<List<string>> ColumnNamesAsync(string databasePath, string table) =>
        ColumnAsync(databasePath, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");
}
