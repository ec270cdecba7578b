using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Results;

/// <summary>
/// A nightly sweep and a one-city re-run write the same file. Two stores stand for the two processes: each has
/// its own connections, so SQLite's file locks (not a shared in-process lock) keep them apart.
/// </summary>
internal sealed class ConcurrentWriteTests : StorageTestBase
{
    private const int ScenariosPerStore = 20;

    [Test]
    [CancelAfter(60_000)]
    public async Task SaveScenarioAsync_TwoStoresWritingAtOnce_KeepsEveryRowWithoutLockErrors(CancellationToken cancellationToken)
    {
        await OpenStoreAsync(); // migrates the file
        var sweep = NewStore();
        var rerun = NewStore();

        // Both begin a run of the same city at once, so the city upsert races too.
        var runIds = await Task.WhenAll(
            Task.Run(() => sweep.BeginRunAsync(RunOf(Beijing, Start), cancellationToken), cancellationToken),
            Task.Run(() => rerun.BeginRunAsync(RunOf(Beijing, Start.AddSeconds(1)), cancellationToken), cancellationToken));
        var writes = Enumerable.Range(0, ScenariosPerStore).SelectMany(i => new[]
        {
            Task.Run(() => sweep.SaveScenarioAsync(runIds[0], NumberedScenario(i), cancellationToken), cancellationToken),
            Task.Run(() => rerun.SaveScenarioAsync(runIds[1], NumberedScenario(i), cancellationToken), cancellationToken),
        });
        await Task.WhenAll(writes);
        await Task.WhenAll(
            sweep.CompleteRunAsync(runIds[0], Start.AddMinutes(5), cancellationToken),
            rerun.CompleteRunAsync(runIds[1], Start.AddMinutes(5), cancellationToken));

        var runs = await sweep.RecentRunsAsync(Beijing.Code, 2, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(runs.Select(r => r.RunId), Is.EquivalentTo(runIds));
            Assert.That(runs.Select(r => r.Complete), Is.All.True);
            foreach (var run in runs)
            {
                Assert.That(
                    run.Scenarios.Select(s => s.Scenario),
                    Is.EquivalentTo(Enumerable.Range(0, ScenariosPerStore).Select(Name)),
                    $"scenarios of run {run.RunId}");
            }

            Assert.That(await StoredRows.CountAsync(Data, "attempts"), Is.EqualTo(2 * ScenariosPerStore));
            Assert.That(await StoredRows.CountAsync(Data, "step_results"), Is.EqualTo(2 * ScenariosPerStore * 2));
        }
    }

    private static string Name(int i) => $"scenario {i:D2}";

    private static ScenarioResult NumberedScenario(int i) =>
        Scenario(Name(i), i % 2 == 0 ? ChannelKind.Web : ChannelKind.App);

    private SqliteResultStore NewStore() =>
        new(Data, Clock, NullLogger<SqliteResultStore>.Instance);
}
