using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Schema;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Schema;

internal sealed class SchemaMigratorTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task MigrateAsync_FreshFile_CreatesEveryTableAtLatestVersion()
    {
        var reached = await CreateMigrator().MigrateAsync(None);
        var tables = await StoredRows.ColumnAsync(
            Data.DatabasePath, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(tables, Is.EquivalentTo(new[]
            {
                "attempts", "campaigns", "cities", "evidence", "facts", "live_actions", "runs", "scenario_results",
                "schema_version", "step_results", "sweep_cities", "sweep_regressions", "sweeps", "ticket_progress", "tickets",
                "leases", "overrides",
            }));
            Assert.That(await StoredRows.CountAsync(Data, "schema_version"), Is.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(
                await StoredRows.ScalarAsync(Data, "SELECT applied_at FROM schema_version WHERE version = 1"),
                Is.EqualTo("2025-03-13T18:00:00.0000000+00:00"));
        }
    }

    [Test]
    public async Task MigrateAsync_DatabaseAlreadyCurrent_ChangesNothing()
    {
        var store = await OpenStoreAsync();
        await store.BeginRunAsync(RunOf(Beijing, Start), None);
        Clock.Advance(TimeSpan.FromDays(1));

        var reached = await CreateMigrator().MigrateAsync(None);
        await OpenStoreAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(await StoredRows.CountAsync(Data, "schema_version"), Is.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(await StoredRows.CountAsync(Data, "runs"), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task MigrateAsync_DatabaseOfNewerVersion_IsRefusedWithClearMessage()
    {
        await CreateMigrator().MigrateAsync(None);
        var newer = SchemaMigrator.LatestVersion + 1;
        await StoredRows.ExecuteAsync(
            Data.DatabasePath,
            $"INSERT INTO schema_version (version, applied_at) VALUES ({newer}, '2030-01-01T00:00:00.0000000+00:00')");

        var error = Assert.ThrowsAsync<SchemaVersionException>(() => CreateMigrator().MigrateAsync(None));
        Assert.ThrowsAsync<SchemaVersionException>(() => OpenStoreAsync());

        Assert.That(error!.Message, Does.Contain(Data.DatabasePath)
            .And.Contain($"schema version {newer}")
            .And.Contain($"up to {SchemaMigrator.LatestVersion}")
            .And.Contain("newer PortalProbe"));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task MigrateAsync_ThreeProcessesAtOnce_ApplyEachScriptOnce(CancellationToken cancellationToken)
    {
        var migrators = Enumerable.Range(0, 3).Select(_ => CreateMigrator()).ToList();

        var reached = await Task.WhenAll(migrators.Select(m => Task.Run(() => m.MigrateAsync(cancellationToken), cancellationToken)));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.All.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(await StoredRows.CountAsync(Data, "schema_version"), Is.EqualTo(SchemaMigrator.LatestVersion));
        }
    }

    [Test]
    public async Task CurrentVersionAsync_NewFile_IsZero()
    {
        Assert.That(await CreateMigrator().CurrentVersionAsync(None), Is.Zero);
    }

    [Test]
    public void Constructor_NonPositiveBusyTimeout_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new SqliteResultStore(
            Data.DatabasePath, new StorageOptions { BusyTimeout = TimeSpan.FromSeconds(-1) }, Clock,
            NullLogger<SqliteResultStore>.Instance));
    }
}
