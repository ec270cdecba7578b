namespace PortalProbe.Storage.Tests.Support;

/// <summary>
/// Rows written in the shape each schema version has: one city with a run, a scenario, an attempt, a step,
/// a fact and an evidence record. When a script NNNN is added, add the seed for version NNNN here (the shape
/// its tables have then); the upgrade tests then check that every later script keeps these rows.
/// </summary>
internal static class SchemaSeeds
{
    /// <summary>The tables the seeds fill, for counting before and after an upgrade.</summary>
    public static readonly IReadOnlyList<string> Tables =
        ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence"];

    public const string SeededCity = "310000";

    private static readonly Dictionary<int, string> ByVersion = new()
    {
        [1] = """
            INSERT INTO cities (code, name, province, tier, level, updated_at)
                VALUES ('310000', '上海', '上海', '一线', '直辖市', '2025-01-01T00:00:00.0000000+00:00');
            INSERT INTO runs (id, city_code, script_file, mode, started_at, finished_at, status)
                VALUES (7, '310000', 'checks/cities/310000.yaml', 'live', '2025-01-01T00:00:00.0000000+00:00',
                        '2025-01-01T00:05:00.0000000+00:00', 'complete');
            INSERT INTO scenario_results (id, run_id, scenario, kind, channel, verdict, flaky, reason, duration_ms)
                VALUES (70, 7, 'submit appeal', 'submission', 'wechat', 'fail', 0, 'button not found', 1500);
            INSERT INTO attempts (id, scenario_result_id, number, verdict, reason, hint, started_at, duration_ms)
                VALUES (700, 70, 1, 'fail', 'button not found', NULL, '2025-01-01T00:01:00.0000000+00:00', 1500);
            INSERT INTO step_results (attempt_id, idx, keyword, description, location, outcome, message, duration_ms)
                VALUES (700, 0, 'click', 'click text=提交', 'checks/cities/310000.yaml:12:5', 'failed', 'not found', 1500);
            INSERT INTO facts (scenario_result_id, name, type, value) VALUES (70, 'mode', 'text', 'live');
            INSERT INTO evidence (attempt_id, kind, sha256, size, relative_path, url, captured_at, label)
                SELECT 700, 'screenshot', hash, 10, 'evidence/ab/' || hash || '.png', NULL,
                       '2025-01-01T00:01:01.0000000+00:00', 'failure'
                FROM (SELECT 'ab' || replace(hex(zeroblob(31)), '0', 'c') AS hash);
            """,
    };

    /// <summary>Inserts the seed of <paramref name="version"/>; version 0 has no tables and no seed.</summary>
    public static async Task InsertAsync(string databasePath, int version)
    {
        if (version == 0)
        {
            return;
        }

        if (!ByVersion.TryGetValue(version, out var sql))
        {
            Assert.Fail($"SchemaSeeds has no seed for schema version {version}: add one with the new script");
        }

        await StoredRows.ExecuteAsync(databasePath, sql!);
    }

    public static bool HasSeed(int version) => ByVersion.ContainsKey(version);
}
