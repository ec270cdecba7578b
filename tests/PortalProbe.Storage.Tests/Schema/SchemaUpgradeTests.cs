using PortalProbe.Campaigns;
using PortalProbe.Results;
using PortalProbe.Storage.Overrides;
using PortalProbe.Storage.Schema;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Schema;

/// <summary>Every schema change must upgrade a database of every earlier version without losing its rows.</summary>
internal sealed class SchemaUpgradeTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    [TestCaseSource(typeof(SchemaAt), nameof(SchemaAt.EarlierVersions))]
    public async Task MigrateAsync_DatabaseOfEarlierVersion_ReachesLatestKeepingItsRows(int version)
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, version, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, version);
        var before = await DumpSeededTablesAsync(version);

        var reached = await CreateMigrator().MigrateAsync(None);

        Assert.That(reached, Is.EqualTo(SchemaMigrator.LatestVersion));
        foreach (var (table, earlier) in before)
        {
            Assert.That(earlier.Rows, Is.Not.Empty, $"the seed of version {version} puts rows in {table}");
            Assert.That(await DumpAgainAsync(table, earlier), Is.EqualTo(earlier.Rows), $"rows of {table}, value by value");
        }
    }

    [Test]
    public async Task MigrateAsync_Version1Database_KeepsItsRunsOutsideAnyCampaign()
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, 1, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, 1);

        await CreateMigrator().MigrateToAsync(2, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(
                await StoredRows.ScalarAsync(Data, $"SELECT typeof(campaign_id) FROM runs WHERE id = {SchemaSeeds.SeededRunId}"),
                Is.EqualTo("null"));
            Assert.That(await StoredRows.CountAsync(Data, "campaigns"), Is.Zero);
            Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.Zero);
            Assert.That(await StoredRows.CountAsync(Data, "tickets"), Is.Zero);
        }
    }

    [Test]
    public async Task MigrateAsync_Version3Database_KeepsEveryEvidenceFileUnprunedAndHasNoLease()
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, 3, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, 3);

        await CreateMigrator().MigrateToAsync(4, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await StoredRows.ScalarAsync(Data, "SELECT COUNT(*) FROM evidence WHERE pruned_at IS NULL"), Is.EqualTo(1));
            Assert.That(await StoredRows.CountAsync(Data, "leases"), Is.Zero);
        }
    }

    [TestCaseSource(typeof(SchemaAt), nameof(SchemaAt.EarlierVersions))]
    public async Task CreateAsync_EarlierVersion_AppliesOnlyScriptsUpToIt(int version)
    {
        var reached = await SchemaAt.CreateAsync(Data.DatabasePath, version, Clock);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.EqualTo(version));
            Assert.That(await CreateMigrator().CurrentVersionAsync(None), Is.EqualTo(version));
            Assert.That(await StoredRows.CountAsync(Data, "schema_version"), Is.EqualTo(version));
        }
    }

    [Test]
    public void SchemaSeeds_EveryVersion_HasASeed()
    {
        Assert.That(
            Enumerable.Range(1, SchemaMigrator.LatestVersion).Where(v => !SchemaSeeds.HasSeed(v)),
            Is.Empty,
            "each script needs a seed in SchemaSeeds so that the next script's upgrade test has rows to keep");
    }

    [Test]
    public async Task SchemaSeeds_LatestVersion_FillsEveryTable()
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, SchemaMigrator.LatestVersion, Clock);
        var tables = await StoredRows.ColumnAsync(
            Data.DatabasePath, "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'schema_version'");

        Assert.That(
            SchemaSeeds.TablesAt(SchemaMigrator.LatestVersion),
            Is.EquivalentTo(tables),
            "a table without seed rows has nothing for the next upgrade test to keep");
    }

    [Test]
    public async Task SchemaSeeds_LatestVersion_IsReadByTheStores()
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, SchemaMigrator.LatestVersion, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, SchemaMigrator.LatestVersion);
        var store = await OpenStoreAsync();
        var campaigns = await OpenCampaignStoreAsync();

        var run = await store.LatestRunAsync(SchemaSeeds.SeededCity, None);
        var campaign = (await campaigns.ListAsync(None)).Single();
        var action = (await campaigns.ActionsAsync(SchemaSeeds.SeededCampaignId, None)).Single();
        var ticket = (await campaigns.TicketsAsync(SchemaSeeds.SeededCampaignId, SchemaSeeds.SeededCity, None)).Single();
        var progress = (await campaigns.ProgressAsync(SchemaSeeds.SeededCampaignId, SchemaSeeds.SeededCity, None)).Single();
        var lease = await OpenLeaseStore().FindAsync("sweep", None);
        var overrides = await new SqliteOverrideStore(Data, new StorageOptions()).HistoryAsync(SchemaSeeds.SeededCity, None);
        var sweeps = await OpenSweepStoreAsync();
        var sweep = await sweeps.FindAsync(SchemaSeeds.SeededSweepId, None);
        var sweepCity = (await sweeps.CitiesAsync(SchemaSeeds.SeededSweepId, None)).Single();
        var regression = (await sweeps.RegressionsAsync(SchemaSeeds.SeededSweepId, None)).Single();

        Assert.That(run, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run!.RunId, Is.EqualTo(SchemaSeeds.SeededRunId));
            Assert.That(run.Complete, Is.True);
            Assert.That(run.Scenarios.Single().Attempts.Single().Steps.Single().Location.ToString(), Is.EqualTo("checks/cities/310000.yaml:12:5"));
            Assert.That(
                run.Scenarios.Single().Evidence.Select(e => (e.Label, e.PrunedAt)),
                Is.EqualTo(new (string?, DateTimeOffset?)[] { ("failure", null), ("page", new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero)) }));
            Assert.That(lease, Is.Not.Null);
            Assert.That((lease!.Holder, lease.IsHeldAt(lease.AcquiredAt.AddYears(5))), Is.EqualTo(("host-a:1234:seed", false)));
            Assert.That((campaign.Id, campaign.Name, campaign.IsOpen), Is.EqualTo((SchemaSeeds.SeededCampaignId, SchemaSeeds.SeededCampaignName, false)));
            Assert.That((action.RunId, action.State, action.Outcome), Is.EqualTo((SchemaSeeds.SeededLiveRunId, LiveActionState.Done, "ticket HZ20241231000123")));
            Assert.That((ticket.Ticket, ticket.RunId), Is.EqualTo((SchemaSeeds.SeededTicket, SchemaSeeds.SeededLiveRunId)));
            Assert.That((progress.IsClosed, progress.FirstReply), Is.EqualTo((true, "您好，已转相关部门办理。")));
            Assert.That(overrides.Select(o => (o.IndicatorId, o.Value)), Is.EqualTo(new[] { (SchemaSeeds.SeededOverrideIndicator, (double?)80.0), (SchemaSeeds.SeededOverrideIndicator, (double?)null) }));
            Assert.That(overrides[0].Evidence!.Kind, Is.EqualTo(EvidenceKind.Screenshot));
            Assert.That((sweep?.IsFinished, sweep?.Request.Vars["port"], sweep?.Request.Parallel), Is.EqualTo((true, "8080", 6)));
            Assert.That((sweepCity.State, sweepCity.RunId), Is.EqualTo((PortalProbe.Sweeps.SweepCityState.Done, SchemaSeeds.SeededRunId)));
            Assert.That((regression.Scenario, regression.PreviousRunId), Is.EqualTo(("submit appeal", SchemaSeeds.SeededLiveRunId)));
        }
    }

    private async Task<Dictionary<string, TableDump>> DumpSeededTablesAsync(int version)
    {
        var dumps = new Dictionary<string, TableDump>();
        foreach (var table in SchemaSeeds.TablesAt(version))
        {
            var columns = await StoredRows.ColumnNamesAsync(Data.DatabasePath, table);
            dumps[table] = new TableDump(columns, await StoredRows.DumpAsync(Data.DatabasePath, table, columns));
        }

        return dumps;
    }

    /// <summary>The same columns read again: columns an upgrade added do not count as a change.</summary>
    private Task<List<string>> DumpAgainAsync(string table, TableDump earlier) =>
        StoredRows.DumpAsync(Data.DatabasePath, table, earlier.Columns);

    private sealed record TableDump(List<string> Columns, List<string> Rows);
}
