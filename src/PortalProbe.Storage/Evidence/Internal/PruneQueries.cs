using Microsoft.Data.Sqlite;
using PortalProbe.Storage.Database.Internal;

namespace PortalProbe.Storage.Evidence.Internal;

/// <summary>
/// The SQL of evidence retention. A run is old when it started before the cutoff (a run still marked running
/// then is one whose process died: no run lasts the weeks of a retention window). Its evidence file may go only
/// when no row of a run inside the window names the same file: the store keeps one file for identical content,
/// whichever runs captured it.
/// </summary>
internal static class PruneQueries
{
    private const string EvidenceOfRuns = """
        FROM evidence e
        JOIN attempts a ON a.id = e.attempt_id
        JOIN scenario_results s ON s.id = a.scenario_result_id
        JOIN runs r ON r.id = s.run_id
        """;

    /// <summary>The files that rows of old runs name and that are not pruned yet.</summary>
    public static async Task<List<string>> CandidatesAsync(
        SqliteConnection connection, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT DISTINCT e.relative_path {EvidenceOfRuns}
            WHERE e.pruned_at IS NULL AND r.started_at < $cutoff
            ORDER BY e.relative_path
            """;
        command.Parameters.AddWithValue("$cutoff", StoredText.Timestamp(cutoff));
        var paths = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            paths.Add(reader.GetString(0));
        }

        return paths;
    }

    /// <summary>True when a run inside the window has a row naming the file.</summary>
    public static async Task<bool> UsedByRecentRunAsync(
        SqliteConnection connection, SqliteTransaction transaction, string relativePath, DateTimeOffset cutoff,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"""
            SELECT EXISTS (SELECT 1 {EvidenceOfRuns}
                WHERE e.relative_path = $path AND r.started_at >= $cutoff)
            """;
        command.Parameters.AddWithValue("$path", relativePath);
        command.Parameters.AddWithValue("$cutoff", StoredText.Timestamp(cutoff));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    /// <summary>Marks every row naming the file as pruned; returns how many.</summary>
    public static async Task<int> MarkPrunedAsync(
        SqliteConnection connection, SqliteTransaction transaction, string relativePath, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE evidence SET pruned_at = $at WHERE relative_path = $path AND pruned_at IS NULL";
        command.Parameters.AddWithValue("$path", relativePath);
        command.Parameters.AddWithValue("$at", StoredText.Timestamp(at));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
