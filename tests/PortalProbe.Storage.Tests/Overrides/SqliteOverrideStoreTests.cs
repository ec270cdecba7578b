using Microsoft.Data.Sqlite;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Storage.Overrides;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Overrides;

/// <summary>Overrides are history: every decision and removal is a new row; nothing is changed or deleted.</summary>
internal sealed class SqliteOverrideStoreTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    private SqliteOverrideStore _store = null!;

    [SetUp]
    public async Task OpenWithACity()
    {
        var results = await OpenStoreAsync();
        await results.BeginRunAsync(TestResults.RunOf(TestResults.Hangzhou, Start), None);
        _store = new SqliteOverrideStore(Data, new StorageOptions());
    }

    [Test]
    public async Task AddAsync_SetThenSetAgainThenRemove_KeepsEveryRowAndTheLatestDecides()
    {
        await _store.AddAsync(Entry(60, Start), None);
        await _store.AddAsync(Entry(80, Start.AddHours(1)), None);
        await _store.AddAsync(Entry(null, Start.AddHours(2)), None);

        var history = await _store.HistoryAsync(TestResults.Hangzhou.Code, None);

        Assert.Multiple(() =>
        {
            Assert.That(history.Select(h => h.Value), Is.EqualTo(new double?[] { 60, 80, null }));
            Assert.That(history.Select(h => h.By), Has.All.EqualTo("张评测"));
            Assert.That(history[0].At, Is.EqualTo(Start));
            Assert.That(IndicatorOverride.InForce(history), Is.Empty, "the latest row is a removal");
            Assert.That(IndicatorOverride.InForce(history.Take(2)).Single().Value, Is.EqualTo(80));
        });
    }

    [Test]
    public async Task AddAsync_WithEvidence_KeepsItsHashAndPath()
    {
        var evidence = await CreateEvidenceStore().SaveAsync(EvidenceKind.Screenshot, new byte[] { 1, 2, 3 }, null, "override", None);

        await _store.AddAsync(Entry(100, Start) with { Evidence = evidence }, None);

        var stored = (await _store.HistoryAsync(null, None)).Single().Evidence!;
        Assert.That((stored.Sha256, stored.RelativePath, stored.Size), Is.EqualTo((evidence.Sha256, evidence.RelativePath, 3L)));
    }

    [Test]
    public void AddAsync_CityNeverRun_IsRefused()
    {
        var error = Assert.ThrowsAsync<OverrideException>(() => _store.AddAsync(Entry(50, Start) with { CityCode = "110000" }, None));

        Assert.That(error!.Message, Does.Contain("110000"));
    }

    [Test]
    public void AddAsync_RemovalWithNothingInForce_IsRefused()
    {
        Assert.ThrowsAsync<OverrideException>(() => _store.AddAsync(Entry(null, Start), None));
    }

    [TestCase("UPDATE overrides SET value = 1")]
    [TestCase("DELETE FROM overrides")]
    public async Task Schema_ChangingOrDeletingARow_IsRefused(string sql)
    {
        await _store.AddAsync(Entry(60, Start), None);

        var error = Assert.ThrowsAsync<SqliteException>(() => StoredRows.ExecuteAsync(Data.DatabasePath, sql));

        Assert.That(error!.Message, Does.Contain("overrides are history"));
    }

    private static NewOverride Entry(double? value, DateTimeOffset at) =>
        new(TestResults.Hangzhou.Code, "resolve.effective", value, "人工核实：答复有效", "张评测", at);
}
