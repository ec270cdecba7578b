using System.Globalization;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// A <c>portalprobe sweep</c> process killed with kill -9 at random points, then started again: the same sweep
/// resumes, every city counts once, and the results equal those of a sweep never interrupted. No Chromium
/// the killed process started survives it.
/// </summary>
[NonParallelizable]
public sealed class SweepCrashTests
{
    private const int Kills = 3;

    private static readonly PortalPersonality[] Portals =
    [
        new("330100", "杭州市", "127.76.0.1", "HZ"),
        new("330200", "宁波市", "127.76.0.2", "NB"),
        new("330300", "温州市", "127.76.0.3", "WZ") { Broken = PortalFaults.Home },
        new("330400", "嘉兴市", "127.76.0.4", "JX") { Broken = PortalFaults.SubmitButtonDead },
        new("330500", "湖州市", "127.76.0.5", "HU"),
    ];

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Sweep_KilledAtRandomPointsThenStartedAgain_ResumesToTheResultsOfAnUninterruptedSweep()
    {
        using var work = new TempDirectory();
        await using var portals = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = Portals }, CancellationToken.None);
        var checks = SweepChecks.Write(work, Portals);
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        string[] Args(string data) =>
        [
            "sweep", "--all", "--checks", checks, "--var", "port=" + portals.Port.ToString(CultureInfo.InvariantCulture),
            "--parallel", "2", "--data", data, "--config", config,
        ];

        var cli = new CliTester(work.Path).WithTestAccount();
        var started = TimeProvider.System.GetTimestamp();
        var uninterrupted = await cli.RunAsync(Args(work.Combine("whole")));

        // Kill points fall within the first two thirds of an uninterrupted sweep's time on this machine, so that
        // kills land before the end whether the machine is idle or busy.
        var window = (int)Math.Max(1_000, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds * 2 / 3);
        Assert.That(uninterrupted.ExitCode, Is.EqualTo(1), "two portals are broken: " + uninterrupted);

        var seed = Environment.TickCount;
        TestContext.Out.WriteLine($"random kill points from seed {seed}");
        var random = new Random(seed);
        var data = work.Combine("killed");
        var doneBefore = new Dictionary<string, long>();
        var killed = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var (finished, chromium, survivors) = await RunAndKillAsync(work, Args(data), TimeSpan.FromMilliseconds(random.Next(0, window)));
            Assert.That(survivors, Is.Empty, "no Chromium may outlive a killed PortalProbe");
            if (finished)
            {
                TestContext.Out.WriteLine($"run {kill + 1} finished before it was killed");
                break;
            }

            killed++;
            var (_, cities, _) = await SweepChecks.ReadAsync(data, 1);
            TestContext.Out.WriteLine($"kill {kill + 1}: {chromium} Chromium processes, cities done: {cities.Count(c => c.State == SweepCityState.Done)}, running: {cities.Count(c => c.State == SweepCityState.Running)}");
            foreach (var (code, runId) in doneBefore)
            {
                Assert.That(cities.Single(c => c.CityCode == code).RunId, Is.EqualTo(runId), $"city {code} was done before kill {kill + 1} and stays done with its run");
            }

            foreach (var city in cities.Where(c => c.State == SweepCityState.Done))
            {
                doneBefore[city.CityCode] = city.RunId!.Value;
            }
        }

        var resumed = await cli.RunAsync(Args(data));
        Assert.That(resumed.ExitCode, Is.EqualTo(1), resumed.ToString());
        Assert.That(killed, Is.GreaterThan(0), "at least one kill must land before the sweep finished");
        Assert.That(resumed.Out, Does.Contain("Resuming sweep 1"), resumed.ToString());

        var expected = await SweepChecks.ReadAsync(work.Combine("whole"), 1);
        var actual = await SweepChecks.ReadAsync(data, 1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual.Sweep.IsFinished, Is.True);
            Assert.That(actual.Cities.Select(c => c.State), Is.All.EqualTo(SweepCityState.Done));
            Assert.That(actual.Runs.Select(r => r.Complete), Is.All.True);
            Assert.That(Verdicts(actual.Runs), Is.EqualTo(Verdicts(expected.Runs)), "resumed sweep against uninterrupted sweep");
            foreach (var (code, runId) in doneBefore)
            {
                Assert.That(actual.Cities.Single(c => c.CityCode == code).RunId, Is.EqualTo(runId), $"city {code} done before a kill is not run again");
            }

            var second = await SweepChecks.TryReadAsync(data, 2);
            Assert.That(second, Is.Null, "starting the same sweep again resumes it rather than recording another");
        }
    }

    private static List<string> Verdicts(IEnumerable<CityRunResult> runs) =>
        [.. runs.SelectMany(r => r.Scenarios.Select(s => $"{r.City.Code} {s.Channel} {s.Scenario}: {s.Verdict}")).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Starts <c>portalprobe</c> as a process of its own, waits until its Chromium runs and then a little more,
    /// kills it with SIGKILL and returns whether it had already finished and which of its Chromium processes are
    /// still alive once the driver had its bounded time to notice.
    /// </summary>
    private static async Task<(bool Finished, int Chromium, List<string> Survivors)> RunAndKillAsync(TempDirectory work, string[] args, TimeSpan extra)
    {
        var (started, _) = PortalProbeProcess.Start(work.Path, args);
        using var process = started;

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!process.HasExited && !ProcessTree.Descendants(process.Id).Any(IsChromium))
        {
            await Task.Delay(200, limit.Token);
        }

        await Task.WhenAny(process.WaitForExitAsync(limit.Token), Task.Delay(extra, limit.Token));
        if (process.HasExited)
        {
            return (true, 0, []);
        }

        var chromium = ProcessTree.Descendants(process.Id).Where(IsChromium).ToList();
        process.Kill(entireProcessTree: false); // SIGKILL to PortalProbe alone, as kill -9 PID does
        await process.WaitForExitAsync(limit.Token);

        // Playwright's driver sees its pipe close and closes Chromium; give it a bounded time to do so.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (chromium.Any(c => ProcessTree.IsAlive(c.Pid, c.Start)) && !grace.IsCancellationRequested)
        {
            await Task.Delay(200, CancellationToken.None);
        }

        return (false, chromium.Count, [.. chromium.Where(c => ProcessTree.IsAlive(c.Pid, c.Start)).Select(c => $"{c.Name} ({c.Pid})")]);
    }

    private static bool IsChromium((int Pid, string Name, long Start) process) =>
        process.Name.StartsWith("chrom", StringComparison.OrdinalIgnoreCase);
}
