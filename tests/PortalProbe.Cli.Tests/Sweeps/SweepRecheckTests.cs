using System.Globalization;
using Microsoft.Data.Sqlite;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// A sweep re-checks a failed scenario once after every city's first pass, not inside the city's run: a portal
/// whose home page fails on the first visit and works on the next ends flaky with both attempts and their evidence,
/// a broken one stays failed with two attempts, and a sweep killed while re-checks wait resumes with only those.
/// </summary>
[NonParallelizable]
public sealed class SweepRecheckTests
{
    // HomeOutage answers the first visit of its home page with 503 and every later one with 200: an outage that passes.
    private static readonly PortalPersonality Flaky = new("330200", "宁波市", "127.74.0.2", "NB") { Broken = PortalFaults.HomeOutage };
    private static readonly PortalPersonality Working = new("330300", "温州市", "127.74.0.3", "WZ");
    private static readonly PortalPersonality Broken = new("330400", "嘉兴市", "127.74.0.4", "JX") { Broken = PortalFaults.Home };

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Sweep_FlakyAndBrokenHome_RecheckedAfterAnotherCityFlakyEndsFlakyBrokenStaysFail()
    {
        using var work = new TempDirectory();
        PortalPersonality[] portals = [Flaky, Working, Broken];
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = portals }, CancellationToken.None);
        var checks = SweepChecks.Write(work, portals);
        var data = work.Combine("data");
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);

        // One city at a time, in this order: the flaky city's first pass comes before the working city's run.
        var result = await new CliTester(work.Path).WithTestAccount().RunAsync(
            "sweep", "--cities", $"{Flaky.CityCode},{Working.CityCode},{Broken.CityCode}", "--checks", checks,
            "--var", Port(host), "--parallel", "1", "--data", data, "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(1), "the broken home page is a failure: " + result);
        var (sweep, cities, runs) = await SweepChecks.ReadAsync(data, 1);
        var byCity = runs.ToDictionary(r => r.City.Code);
        var flaky = byCity[Flaky.CityCode].Scenarios.Single(s => s.Scenario == "home");
        var broken = byCity[Broken.CityCode].Scenarios.Single(s => s.Scenario == "home");
        var working = byCity[Working.CityCode];
        var dataRoot = DataDirectory.Resolve(data, _ => null, Path.GetTempPath()).Root;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sweep.IsFinished, Is.True);
            Assert.That(cities.Select(c => c.State), Is.All.EqualTo(SweepCityState.Done));
            Assert.That(runs.Select(r => r.Complete), Is.All.True);

            Assert.That((flaky.Verdict, flaky.Flaky), Is.EqualTo((Verdict.Pass, true)), flaky.Reason);
            Assert.That(flaky.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Pass) }));
            Assert.That(flaky.Attempts[0].Evidence.Select(e => e.Kind), Does.Contain(EvidenceKind.Trace), "the failed first attempt keeps its evidence");
            Assert.That(flaky.Evidence, Is.EquivalentTo(flaky.Attempts[0].Evidence.Concat(flaky.Attempts[1].Evidence)));
            Assert.That(flaky.Attempts[0].StartedAt + flaky.Attempts[0].Duration, Is.LessThanOrEqualTo(working.StartedAt), "first attempt before the other city");
            Assert.That(flaky.Attempts[1].StartedAt, Is.GreaterThanOrEqualTo(working.FinishedAt!.Value), "re-check after the other city's run");

            Assert.That(broken.Verdict, Is.EqualTo(Verdict.Fail), broken.Reason);
            Assert.That(broken.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Fail) }));
            // Same-looking screenshots share a content-addressed file; each attempt's trace is its own.
            var traces = broken.Attempts.Select(a => a.Evidence.Where(e => e.Kind == EvidenceKind.Trace).Select(e => e.Sha256).SingleOrDefault()).ToList();
            Assert.That(traces, Has.None.Null, "each failed attempt keeps a trace");
            Assert.That(traces, Is.Unique, "each failed attempt keeps its own trace");
            Assert.That(broken.Evidence.Select(e => Path.Combine(dataRoot, e.RelativePath)), Has.All.Matches<string>(File.Exists));

            // Scenarios that passed at once are not visited again.
            Assert.That(runs.SelectMany(r => r.Scenarios).Where(s => s.Scenario != "home").Select(s => s.Attempts.Count), Is.All.EqualTo(1));
            Assert.That(working.Scenarios.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Pass));
        }
    }

    [Test]
    public async Task Sweep_KilledWhileRechecksWaitThenResumed_RunsOnlyThePendingRecheck()
    {
        using var work = new TempDirectory();
        PortalPersonality[] portals = [Flaky, Working];
        await using var host = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = portals }, CancellationToken.None);
        var checks = SweepChecks.Write(work, portals);
        var data = work.Combine("data");
        string[] Args(string config) =>
        [
            "sweep", "--cities", $"{Flaky.CityCode},{Working.CityCode}", "--checks", checks, "--var", Port(host),
            "--parallel", "2", "--data", data, "--config", config,
        ];

        // A re-check delay of ten minutes holds the first process between its first pass and the re-check.
        var slow = FastBrowserConfig.Write(Directory.CreateDirectory(work.Combine("slow")).FullName, stepMs: 5000, navigationMs: 10000, recheckDelayMs: 600_000);
        var (started, output) = PortalProbeProcess.Start(work.Path, Args(slow));
        using (var process = started)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(4));
            while (!await FirstPassOverAsync(data))
            {
                Assert.That(process.HasExited, Is.False, "the sweep waits for its re-check: " + output);
                await Task.Delay(200, limit.Token);
            }

            process.Kill(entireProcessTree: false); // SIGKILL, as kill -9 PID does
            await process.WaitForExitAsync(limit.Token);
        }

        var (_, waiting, firstRuns) = await SweepChecks.ReadAsync(data, 1);
        var flakyRun = firstRuns.Single(r => r.City.Code == Flaky.CityCode);
        var before = flakyRun.Scenarios.ToDictionary(s => s.Scenario, s => s.Attempts.Select(a => a.StartedAt).ToList());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(waiting.Single(c => c.CityCode == Flaky.CityCode).State, Is.EqualTo(SweepCityState.Recheck));
            Assert.That(waiting.Single(c => c.CityCode == Working.CityCode).State, Is.EqualTo(SweepCityState.Done));
            Assert.That(flakyRun.Complete, Is.False, "a run waiting for its re-check is not complete");
            Assert.That(flakyRun.Scenarios.Single(s => s.Scenario == "home").Attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail }));
        }

        var fast = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        var resumed = await new CliTester(work.Path).WithTestAccount().RunAsync(Args(fast));

        Assert.That(resumed.ExitCode, Is.EqualTo(0), "flaky is not failing: " + resumed);
        Assert.That(resumed.Out, Does.Contain("Resuming sweep 1"), resumed.ToString());
        var (sweep, cities, runs) = await SweepChecks.ReadAsync(data, 1);
        var after = runs.Single(r => r.City.Code == Flaky.CityCode);
        var home = after.Scenarios.Single(s => s.Scenario == "home");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sweep.IsFinished, Is.True);
            Assert.That(cities.Select(c => (c.State, c.RunId)), Is.EqualTo(waiting.Select(c => (SweepCityState.Done, c.RunId))), "each city keeps its run");
            Assert.That(after.Complete, Is.True);

            // The first pass is neither lost nor run again: every first attempt is the one stored before the kill.
            Assert.That(after.Scenarios.ToDictionary(s => s.Scenario, s => s.Attempts[0].StartedAt), Is.EqualTo(before.ToDictionary(b => b.Key, b => b.Value[0])));
            Assert.That((home.Verdict, home.Flaky), Is.EqualTo((Verdict.Pass, true)), home.Reason);
            Assert.That(home.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Pass) }));
            Assert.That(after.Scenarios.Where(s => s.Scenario != "home").Select(s => s.Attempts.Count), Is.All.EqualTo(1));
            Assert.That(await SweepChecks.TryReadAsync(data, 2), Is.Null, "the same sweep resumed, no other recorded");
        }
    }

    /// <summary>Whether both cities finished their first pass: the working one done, the flaky one waiting for its re-check.</summary>
    private static async Task<bool> FirstPassOverAsync(string data)
    {
        try
        {
            if (!File.Exists(Path.Combine(data, "portalprobe.db")) || await SweepChecks.TryReadAsync(data, 1) is null)
            {
                return false;
            }

            var (_, cities, _) = await SweepChecks.ReadAsync(data, 1);
            return cities.All(c => c.State is SweepCityState.Done or SweepCityState.Recheck);
        }
        catch (SqliteException)
        {
            return false; // the database is still being created and migrated
        }
    }

    private static string Port(SimulatorHost host) => "port=" + host.Port.ToString(CultureInfo.InvariantCulture);
}
