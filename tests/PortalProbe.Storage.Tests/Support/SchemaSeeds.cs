namespace PortalProbe.Storage.Tests.Support;

/// <summary>
/// Rows written in the shape each schema version has: one city with a run, a scenario, an attempt, a step,
/// a fact and an evidence record; from version 2 also a campaign with a live run, a live action and a ticket; from
/// version 3 a lookup of that ticket; from version 4 also a released sweep lease and a second evidence record whose
/// file retention pruned; from version 5 an override and its removal; from version 6 a finished sweep.
/// When a script NNNN is added, add the seed for version NNNN here (the shape its tables have then) and the
/// tables it fills; the upgrade tests then check that every later script keeps these rows.
/// </summary>
internal static class SchemaSeeds
{
    public const string SeededCity = "310000";

    /// <summary>The run every seed holds; it was run outside any campaign and is the city's latest run.</summary>
    public const long SeededRunId = 7;

    /// <summary>From version 2: the closed campaign, its live run (older than run 7) and what that run did.</summary>
    public const long SeededCampaignId = 3;

    public const string SeededCampaignName = "pilot-2024";

    public const long SeededLiveRunId = 6;

    public const string SeededTicket = "HZ20241231000123";

    private const string Version1Rows = """
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
        """;

    private const string Version2Rows = """
        INSERT INTO campaigns (id, name, started_at, closed_at)
            VALUES (3, 'pilot-2024', '2024-12-30T00:00:00.0000000+00:00', '2024-12-31T23:00:00.0000000+00:00');
        INSERT INTO runs (id, city_code, script_file, mode, started_at, finished_at, status, campaign_id)
            VALUES (6, '310000', 'checks/cities/310000.yaml', 'live', '2024-12-31T00:00:00.0000000+00:00',
                    '2024-12-31T00:04:00.0000000+00:00', 'complete', 3);
        INSERT INTO live_actions (campaign_id, city_code, channel, action, run_id, state, started_at, finished_at,
                                  outcome, resolved_reason)
            VALUES (3, '310000', 'web', 'submission', 6, 'done', '2024-12-31T00:01:00.0000000+00:00',
                    '2024-12-31T00:02:00.0000000+00:00', 'ticket HZ20241231000123', NULL);
        INSERT INTO tickets (campaign_id, city_code, channel, ticket, submitted_at, run_id)
            VALUES (3, '310000', 'web', 'HZ20241231000123', '2024-12-31T00:02:00.0000000+00:00', 6);
        """;

    private const string Version3Rows = """
        INSERT INTO ticket_progress (ticket_id, run_id, observed_at, status, status_text, reply)
            SELECT id, 7, '2025-01-01T00:03:00.0000000+00:00', 'closed', '已办结', '您好，已转相关部门办理。'
            FROM tickets WHERE ticket = 'HZ20241231000123';
        """;

    /// <summary>From version 4: the sweep lease, released after the seeded sweep, and one pruned evidence row.</summary>
    private const string Version4Rows = """
        INSERT INTO leases (name, holder, acquired_at, renewed_at, expires_at, released_at)
            VALUES ('sweep', 'host-a:1234:seed', '2025-01-01T17:00:00.0000000+00:00', '2025-01-01T17:40:00.0000000+00:00',
                    '2025-01-01T18:10:00.0000000+00:00', '2025-01-01T17:45:00.0000000+00:00');
        INSERT INTO evidence (attempt_id, kind, sha256, size, relative_path, url, captured_at, label, pruned_at)
            SELECT 700, 'html', hash, 20, 'evidence/cd/' || hash || '.html', 'http://127.0.0.1/',
                   '2025-01-01T00:01:02.0000000+00:00', 'page', '2025-03-01T00:00:00.0000000+00:00'
            FROM (SELECT 'cd' || replace(hex(zeroblob(31)), '0', 'e') AS hash);
        """;

    /// <summary>From version 5: an override of the seeded city, then its removal (the history keeps both).</summary>
    public const string SeededOverrideIndicator = "resolve.effective";

    private const string Version5Rows = """
        INSERT INTO overrides (id, city_code, indicator_id, value, reason, decided_by, decided_at,
                               evidence_kind, evidence_sha256, evidence_size, evidence_path)
            SELECT 1, '310000', 'resolve.effective', 80.0, '人工核实：答复内容有效', 'evaluator',
                   '2025-01-02T00:00:00.0000000+00:00', 'screenshot', hash, 10, 'evidence/ab/' || hash || '.png'
            FROM (SELECT 'ab' || replace(hex(zeroblob(31)), '0', 'c') AS hash);
        INSERT INTO overrides (id, city_code, indicator_id, value, reason, decided_by, decided_at)
            VALUES (2, '310000', 'resolve.effective', NULL, '重新评测', 'evaluator', '2025-01-03T00:00:00.0000000+00:00');
        """;

    /// <summary>From version 6: a finished sweep whose one city is done with run 7, and its regression.</summary>
    public const long SeededSweepId = 4;

    private const string Version6Rows = """
        INSERT INTO sweeps (id, started_at, finished_at, mode, campaign_id, checks_dir, vars, parallel, request_key)
            VALUES (4, '2025-01-01T00:00:00.0000000+00:00', '2025-01-01T00:06:00.0000000+00:00', 'dry-run', NULL,
                    '/srv/checks', '{"port":"8080"}', 6, 'dry-run||/srv/checks|310000|port=8080');
        INSERT INTO sweep_cities (sweep_id, city_code, position, state, run_id, started_at, finished_at)
            VALUES (4, '310000', 0, 'done', 7, '2025-01-01T00:00:00.0000000+00:00', '2025-01-01T00:05:00.0000000+00:00');
        INSERT INTO sweep_regressions (sweep_id, city_code, channel, scenario, previous_sweep_id, previous_run_id, run_id, reason)
            VALUES (4, '310000', 'wechat', 'submit appeal', 4, 6, 7, 'button not found');
        """;

    private static readonly Dictionary<int, (string Sql, string[] Tables)> ByVersion = new()
    {
        [1] = (Version1Rows, ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence"]),
        [2] = (Version1Rows + "\n" + Version2Rows,
            ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence",
             "campaigns", "live_actions", "tickets"]),
        [3] = (Version1Rows + "\n" + Version2Rows + "\n" + Version3Rows,
            ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence",
             "campaigns", "live_actions", "tickets", "ticket_progress"]),
        [4] = (Version1Rows + "\n" + Version2Rows + "\n" + Version3Rows + "\n" + Version4Rows,
            ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence",
             "campaigns", "live_actions", "tickets", "ticket_progress", "leases"]),
        [5] = (Version1Rows + "\n" + Version2Rows + "\n" + Version3Rows + "\n" + Version4Rows + "\n" + Version5Rows,
            ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence",
             "campaigns", "live_actions", "tickets", "ticket_progress", "leases", "overrides"]),
        [6] = (Version1Rows + "\n" + Version2Rows + "\n" + Version3Rows + "\n" + Version4Rows + "\n" + Version5Rows + "\n" + Version6Rows,
            ["cities", "runs", "scenario_results", "attempts", "step_results", "facts", "evidence",
             "campaigns", "live_actions", "tickets", "ticket_progress", "leases", "overrides", "sweeps", "sweep_cities", "sweep_regressions"]),
    };

    /// <summary>The tables the seed of <paramref name="version"/> fills, for comparing before and after an upgrade.</summary>
    public static IReadOnlyList<string> TablesAt(int version) =>
        version == 0 ? [] : Seed(version).Tables;

    /// <summary>Inserts the seed of <paramref name="version"/>; version 0 has no tables and no seed.</summary>
    public static async Task InsertAsync(string databasePath, int version)
    {
        if (version == 0)
        {
            return;
        }

        await StoredRows.ExecuteAsync(databasePath, Seed(version).Sql);
    }

    public static bool HasSeed(int version) => ByVersion.ContainsKey(version);

    private static (string Sql, string[] Tables) Seed(int version)
    {
        if (!ByVersion.TryGetValue(version, out var seed))
        {
            Assert.Fail($"SchemaSeeds has no seed for schema version {version}: add one with the new script");
        }

        return seed;
    }
}
