using PortalProbe.Storage.Schema;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Schema;

/// <summary>Every schema change must upgrade a database of every earlier version without losing its rows.</summary>
internal sealed class SchemaUpgradeTests : StorageTestBase
{
    [TestCaseSource(typeof(SchemaAt), nameof(SchemaAt.EarlierVersions))]
    public async Task MigrateAsync_DatabaseOfEarlierVersion_ReachesLatestKeepingItsRows(int version)
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, version, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, version);
        var before = await CountSeededTablesAsync(version);

        var reached = await CreateMigrator().MigrateAsync(CancellationToken.None);
        var after = await CountSeededTablesAsync(version);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.EqualTo(SchemaMigrator.LatestVersion));
            Assert.That(after, Is.EqualTo(before), "rows per table");
        }
    }

    [TestCaseSource(typeof(SchemaAt), nameof(SchemaAt.EarlierVersions))]
    public async Task CreateAsync_EarlierVersion_AppliesOnlyScriptsUpToIt(int version)
    {
        var reached = await SchemaAt.CreateAsync(Data.DatabasePath, version, Clock);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(reached, Is.EqualTo(version));
            Assert.That(await CreateMigrator().CurrentVersionAsync(CancellationToken.None), Is.EqualTo(version));
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
    public async Task SchemaSeeds_LatestVersion_IsReadByTheStore()
    {
        await SchemaAt.CreateAsync(Data.DatabasePath, SchemaMigrator.LatestVersion, Clock);
        await SchemaSeeds.InsertAsync(Data.DatabasePath, SchemaMigrator.LatestVersion);
        var store = await OpenStoreAsync();

        var run = await store.LatestRunAsync(SchemaSeeds.SeededCity, CancellationToken.None);

        Assert.That(run, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(run!.RunId, Is.EqualTo(7));
            Assert.That(run.Complete, Is.True);
            Assert.That(run.Scenarios.Single().Attempts.Single().Steps.Single().Location.ToString(), Is.EqualTo("checks/cities/310000.yaml:12:5"));
            Assert.That(run.Scenarios.Single().Evidence.Single().Label, Is.EqualTo("failure"));
        }
    }

    private async Task<Dictionary<string, long>> CountSeededTablesAsync(int version)
    {
        var counts = new Dictionary<string, long>();
        if (version == 0)
        {
            return counts;
        }

        foreach (var table in SchemaSeeds.Tables)
        {
            counts[table] = await StoredRows.CountAsync(Data, table);
        }

        return counts;
    }
}
