using System.Text;
using PortalProbe.Results;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Evidence;

/// <summary>
/// Evidence retention on real files: old runs lose their files but keep their results and evidence hashes;
/// a file that a run inside the window shares (the store keeps identical content once) is never deleted.
/// </summary>
internal sealed class EvidencePrunerTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TimeSpan Keep = TimeSpan.FromDays(30);

    private static readonly byte[] OnlyOld = Encoding.UTF8.GetBytes("screenshot only the old run took");
    private static readonly byte[] Shared = Encoding.UTF8.GetBytes("home page both runs saw, byte for byte");
    private static readonly byte[] OnlyNew = Encoding.UTF8.GetBytes("screenshot only the new run took");

    private SqliteResultStore _results = null!;
    private ContentAddressedEvidenceStore _evidence = null!;

    [SetUp]
    public async Task OpenStores()
    {
        _results = await OpenStoreAsync();
        _evidence = CreateEvidenceStore();
    }

    [Test]
    public async Task PruneAsync_OldRun_DeletesItsOwnFilesAndKeepsItsResultsAndHashes()
    {
        var (oldRun, newRun) = await OldAndNewRunsAsync();

        var pruning = await CreatePruner().PruneAsync(Keep, None);

        var old = (await _results.LatestRunAsync(Beijing.Code, None))!;
        var oldEvidence = old.Scenarios.Single().Evidence.ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((pruning.FilesDeleted, pruning.BytesFreed, pruning.RowsMarked, pruning.FilesKept), Is.EqualTo((1, (long)OnlyOld.Length, 1, 1)));
            Assert.That(File.Exists(_evidence.PathOf(oldRun.OnlyOld)), Is.False, "the old run's own file is deleted");
            Assert.That(File.Exists(_evidence.PathOf(oldRun.Shared)), Is.True, "the file the new run shares is kept");
            Assert.That(File.Exists(_evidence.PathOf(newRun.OnlyNew)), Is.True, "the new run's file is kept");
            Assert.That(old.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Fail), "results are kept");
            Assert.That(oldEvidence.Select(e => (e.Sha256, e.Size)), Is.EqualTo(new[] { (oldRun.OnlyOld.Sha256, oldRun.OnlyOld.Size), (oldRun.Shared.Sha256, oldRun.Shared.Size) }));
            Assert.That(oldEvidence.Select(e => e.PrunedAt), Is.EqualTo(new DateTimeOffset?[] { Clock.GetUtcNow(), null }));
        }
    }

    [Test]
    public async Task PruneAsync_NewRun_IsUntouched()
    {
        await OldAndNewRunsAsync();

        await CreatePruner().PruneAsync(Keep, None);

        var recent = (await _results.LatestRunAsync(Hangzhou.Code, None))!;
        Assert.That(recent.Scenarios.Single().Evidence.Select(e => e.PrunedAt), Is.All.Null);
        Assert.That(recent.Scenarios.Single().Evidence.Select(e => File.Exists(_evidence.PathOf(e))), Is.All.True);
    }

    [Test]
    public async Task PruneAsync_SharedFileOnceTheNewRunIsOldToo_IsDeletedAndBothRowsMarked()
    {
        var (oldRun, _) = await OldAndNewRunsAsync();
        await CreatePruner().PruneAsync(Keep, None);
        Clock.Advance(TimeSpan.FromDays(40));

        var pruning = await CreatePruner().PruneAsync(Keep, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((pruning.FilesDeleted, pruning.RowsMarked, pruning.FilesKept), Is.EqualTo((2, 3, 0)));
            Assert.That(File.Exists(_evidence.PathOf(oldRun.Shared)), Is.False);
            Assert.That(EvidenceFiles(), Is.Empty);
            Assert.That(await StoredRows.ScalarAsync(Data, "SELECT COUNT(*) FROM evidence WHERE pruned_at IS NULL"), Is.Zero);
        }
    }

    [Test]
    public async Task PruneAsync_Twice_DoesNothingTheSecondTime()
    {
        await OldAndNewRunsAsync();
        await CreatePruner().PruneAsync(Keep, None);
        var before = EvidenceFiles();

        var again = await CreatePruner().PruneAsync(Keep, None);

        Assert.That((again.FilesDeleted, again.RowsMarked), Is.EqualTo((0, 0)));
        Assert.That(EvidenceFiles(), Is.EqualTo(before));
    }

    [Test]
    public async Task PruneAsync_FileReusedByARunStillAtWork_IsKept()
    {
        var old = await StoreRunAsync(Beijing, [OnlyOld]);
        Clock.Advance(TimeSpan.FromDays(40));

        // A run in progress saves the same content; its rows are not stored yet, only the file's write time says so.
        await _evidence.SaveAsync(EvidenceKind.Screenshot, OnlyOld, null, "in flight", None);
        var pruning = await CreatePruner().PruneAsync(Keep, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((pruning.FilesDeleted, pruning.RowsMarked, pruning.FilesKept), Is.EqualTo((0, 0, 1)));
            Assert.That(File.ReadAllBytes(_evidence.PathOf(old[0])), Is.EqualTo(OnlyOld));
        }
    }

    [Test]
    public async Task PruneAsync_FileAlreadyGone_MarksItsRowsPruned()
    {
        var old = await StoreRunAsync(Beijing, [OnlyOld]);
        File.Delete(_evidence.PathOf(old[0]));
        Clock.Advance(TimeSpan.FromDays(40));

        var pruning = await CreatePruner().PruneAsync(Keep, None);

        Assert.That((pruning.FilesDeleted, pruning.BytesFreed, pruning.RowsMarked), Is.EqualTo((0, 0L, 1)));
    }

    [Test]
    public async Task PruneAsync_RowNamingAPathOutsideTheStore_DeletesNothingThere()
    {
        var outside = Directory.Combine("precious.txt");
        await File.WriteAllTextAsync(outside, "not evidence");
        await StoreRunAsync(Beijing, [OnlyOld]);
        await StoredRows.ExecuteAsync(Data.DatabasePath, "UPDATE evidence SET relative_path = '../precious.txt'");
        Clock.Advance(TimeSpan.FromDays(40));

        var pruning = await CreatePruner().PruneAsync(Keep, None);

        Assert.That((pruning.FilesDeleted, pruning.RowsMarked), Is.EqualTo((0, 0)));
        Assert.That(File.Exists(outside), Is.True);
    }

    /// <summary>
    /// A run of Beijing at <see cref="StorageTestBase.Start"/> with two files, and 35 days later a run of Hangzhou
    /// that saw one of them again and one of its own; then the clock moves on 5 days, so a 30-day window holds
    /// only the second run.
    /// </summary>
    private async Task<((EvidenceRef OnlyOld, EvidenceRef Shared) Old, (EvidenceRef Shared, EvidenceRef OnlyNew) New)> OldAndNewRunsAsync()
    {
        var old = await StoreRunAsync(Beijing, [OnlyOld, Shared]);
        Clock.Advance(TimeSpan.FromDays(35));
        var recent = await StoreRunAsync(Hangzhou, [Shared, OnlyNew]);
        Clock.Advance(TimeSpan.FromDays(5));
        return ((old[0], old[1]), (recent[0], recent[1]));
    }

    private async Task<List<EvidenceRef>> StoreRunAsync(PortalProbe.Cities.CityInfo city, byte[][] files)
    {
        var now = Clock.GetUtcNow();
        var runId = await _results.BeginRunAsync(RunOf(city, now), None);
        var evidence = new List<EvidenceRef>();
        foreach (var content in files)
        {
            evidence.Add(await _evidence.SaveAsync(EvidenceKind.Screenshot, content, null, null, None));
        }

        await _results.SaveScenarioAsync(
            runId, Scenario("home", attempts: [Attempt(1, Verdict.Fail, now, evidence: evidence)]), None);
        await _results.CompleteRunAsync(runId, now.AddMinutes(1), None);
        return evidence;
    }

    private string[] EvidenceFiles() =>
        [.. System.IO.Directory.GetFiles(Data.EvidenceRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
}
