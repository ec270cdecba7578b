using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Results;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>
/// <c>portalprobe prune</c> on a real data directory: the old run's evidence file goes, its result stays and
/// <c>results</c> says its evidence was pruned.
/// </summary>
public sealed class PruneCommandTests
{
    private static readonly DateTimeOffset Night = new(2026, 8, 1, 17, 0, 0, TimeSpan.Zero);
    private static readonly CityInfo Hangzhou = new("330100", "杭州市", "浙江省", "新一线", "副省级");

    [Test]
    public async Task Prune_RunOlderThanTheWindow_DeletesItsFileAndResultsSayPruned()
    {
        using var work = new TempDirectory();
        var clock = new FakeTime(Night);
        var data = DataDirectory.Resolve(work.Combine("data"), _ => null, work.Path);
        var file = await StoreRunWithEvidenceAsync(data, clock);
        clock.Advance(TimeSpan.FromDays(100));
        var cli = new CliTester(work.Path) { Time = clock };

        var pruned = await cli.RunAsync("prune", "--evidence-days", "90", "--data", data.Root);
        var results = await cli.RunAsync("results", "--city", Hangzhou.Code, "--data", data.Root);

        Assert.That(pruned.ExitCode, Is.Zero, pruned.ToString());
        Assert.That(pruned.Out, Does.Contain("1 files").And.Contain("1 evidence records marked pruned"));
        Assert.That(File.Exists(file), Is.False);
        Assert.That(results.Out, Does.Contain("fail").And.Contain("1 pruned"), results.ToString());
    }

    [Test]
    public async Task Prune_RunInsideTheWindow_KeepsItsFile()
    {
        using var work = new TempDirectory();
        var clock = new FakeTime(Night);
        var data = DataDirectory.Resolve(work.Combine("data"), _ => null, work.Path);
        var file = await StoreRunWithEvidenceAsync(data, clock);
        clock.Advance(TimeSpan.FromDays(89));

        var pruned = await new CliTester(work.Path) { Time = clock }.RunAsync("prune", "--evidence-days", "90", "--data", data.Root);

        Assert.That(pruned.ExitCode, Is.Zero, pruned.ToString());
        Assert.That(pruned.Out, Does.Contain("0 files"));
        Assert.That(File.Exists(file), Is.True);
    }

    [Test]
    public async Task Prune_ZeroDays_Exits2()
    {
        using var work = new TempDirectory();

        var result = await new CliTester(work.Path).RunAsync("prune", "--evidence-days", "0", "--data", work.Combine("data"));

        Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
        Assert.That(result.Error, Does.Contain("keep at least 1 day"));
    }

    /// <summary>A failed run of Hangzhou with one screenshot, stored as the runner stores it; returns the file's path.</summary>
    private static async Task<string> StoreRunWithEvidenceAsync(DataDirectory data, FakeTime clock)
    {
        var results = await SqliteResultStore.OpenAsync(data, new StorageOptions(), clock, NullLoggerFactory.Instance, CancellationToken.None);
        var evidence = new ContentAddressedEvidenceStore(data, clock);
        var runId = await results.BeginRunAsync(new RunStart(Hangzhou, "checks/cities/330100.yaml", "dry-run", Night), CancellationToken.None);
        var shot = await evidence.SaveAsync(EvidenceKind.Screenshot, Encoding.UTF8.GetBytes("screenshot of a 503 page"), null, "failure", CancellationToken.None);
        var step = new StepResult(0, "goto", "goto ${entry}", new SourceLocation("checks/cities/330100.yaml", 5, 7), StepOutcome.Failed, "HTTP 503", TimeSpan.FromSeconds(1));
        var attempt = new AttemptResult(1, Verdict.Fail, "step 1 failed: HTTP 503", null, Night, TimeSpan.FromSeconds(1), [step], [shot]);
        await results.SaveScenarioAsync(runId, new ScenarioResult("home", ScenarioKind.Custom, ChannelKind.Web, [attempt], []), CancellationToken.None);
        await results.CompleteRunAsync(runId, Night.AddMinutes(1), CancellationToken.None);
        return evidence.PathOf(shot);
    }
}
