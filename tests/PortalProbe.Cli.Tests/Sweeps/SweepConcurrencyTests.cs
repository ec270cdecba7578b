using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// <c>portalprobe run --city</c> in another process while a sweep runs: both finish, nothing is "database is
/// locked", and the single run is its own, never counted in the sweep.
/// </summary>
[NonParallelizable]
public sealed class SweepConcurrencyTests
{
    private static readonly PortalPersonality[] Portals =
    [
        new("330100", "杭州市", "127.75.0.1", "HZ"),
        new("330200", "宁波市", "127.75.0.2", "NB"),
        new("330300", "温州市", "127.75.0.3", "WZ"),
        new("330400", "嘉兴市", "127.75.0.4", "JX"),
    ];

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task RunCity_InAnotherProcessDuringASweep_BothCompleteWithoutLockErrorsOrDuplicates()
    {
        using var work = new TempDirectory();
        await using var portals = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = Portals }, CancellationToken.None);
        var checks = SweepChecks.Write(work, Portals);
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        var data = work.Combine("data");
        var port = "port=" + portals.Port.ToString(CultureInfo.InvariantCulture);

        var sweeping = new CliTester(work.Path).WithTestAccount().RunAsync(
            "sweep", "--all", "--checks", checks, "--var", port, "--parallel", "2", "--data", data, "--config", config);

        // Wait until the sweep is recorded, then re-run its last city from another process.
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!File.Exists(Path.Combine(data, "portalprobe.db")) || await SweepChecks.TryReadAsync(data, 1) is null)
        {
            await Task.Delay(200, limit.Token);
        }

        var (process, output) = PortalProbeProcess.Start(
            work.Path, ["run", "--city", "330400", "--checks", checks, "--var", port, "--data", data, "--config", config, "--json"]);
        int singleExit;
        using (process)
        {
            await process.WaitForExitAsync(limit.Token);
            singleExit = process.ExitCode;
        }

        var sweep = await sweeping;
        var single = output.ToString();
        Assert.That(singleExit, Is.EqualTo(0), single);
        Assert.That(sweep.ExitCode, Is.EqualTo(0), sweep.ToString());
        var singleRunId = JsonDocument.Parse(single[single.IndexOf('{', StringComparison.Ordinal)..]).RootElement.GetProperty("runId").GetInt64();

        var (recorded, cities, runs) = await SweepChecks.ReadAsync(data, 1);
        var results = new SqliteResultStore(DataDirectory.Resolve(data, _ => null, work.Path), TimeProvider.System, NullLogger<SqliteResultStore>.Instance);
        var runsOfCity = await results.RecentRunsAsync("330400", 5, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sweep.ToString() + single, Does.Not.Contain("database is locked"));
            Assert.That(recorded.IsFinished, Is.True);
            Assert.That(cities.Select(c => c.State), Is.All.EqualTo(SweepCityState.Done));
            Assert.That(cities.Select(c => c.RunId), Is.Unique.And.Not.Contains(singleRunId), "the single run is not one of the sweep's");
            Assert.That(runs.SelectMany(r => r.Scenarios).Select(s => s.Verdict.ToString()), Is.All.EqualTo("Pass"));
            Assert.That(runsOfCity.Select(r => r.Complete), Is.EqualTo(new[] { true, true }), "city 330400: one run of the sweep, one of its own");
            Assert.That(runsOfCity.Select(r => r.RunId), Does.Contain(singleRunId));
        }
    }
}
