using System.Globalization;
using PortalProbe.Browser.Engine;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>A sweep over a working, a hanging and a flaky portal: the hanging one never stalls the others.</summary>
[NonParallelizable]
public sealed class SweepFaultTests
{
    private static readonly PortalPersonality Working = new("330100", "杭州市", "127.77.0.1", "HZ");
    private static readonly PortalPersonality Hanging = new("330103", "测试丙市", "127.77.0.3", "BI") { Broken = PortalFaults.Hang };
    private static readonly PortalPersonality Flaky = new("330104", "测试丁市", "127.77.0.4", "DI") { Broken = PortalFaults.HomeOutage };

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Sweep_HangingAndFlakyPortals_HangingCityEndsAtItsBudgetFlakyCityPassesFlaky()
    {
        using var work = new TempDirectory();
        await using var portals = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = [Working, Hanging, Flaky] }, CancellationToken.None);
        var checks = SweepChecks.Write(work, [Working, Hanging, Flaky]);
        var data = work.Combine("data");
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 30000);

        // The hanging city's home page alone needs two 30 s navigation timeouts (its attempt in the first pass and its
        // later re-check): more than its 45 s budget, which is ample for the other two cities even on a busy machine.
        var result = await new CliTester(work.Path).WithTestAccount().RunAsync(
            "sweep", "--all", "--checks", checks, "--var", "port=" + portals.Port.ToString(CultureInfo.InvariantCulture),
            "--parallel", "3", "--city-budget", "45", "--data", data, "--config", config);

        Assert.That(result.ExitCode, Is.EqualTo(3), "the budget's unfinished scenarios are errors: " + result);
        var (sweep, cities, runs) = await SweepChecks.ReadAsync(data, 1);
        var byCity = runs.ToDictionary(r => r.City.Code);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sweep.IsFinished, Is.True);
            Assert.That(cities.Select(c => c.State), Is.All.EqualTo(SweepCityState.Done));
            Assert.That(byCity[Working.CityCode].Scenarios.Select(s => s.Verdict), Is.All.EqualTo(Verdict.Pass), result.ToString());

            var hanging = byCity[Hanging.CityCode].Scenarios;
            Assert.That(hanging, Has.Count.EqualTo(byCity[Working.CityCode].Scenarios.Count), "every scenario of the hanging city is recorded");
            Assert.That(hanging.Where(s => s.Verdict == Verdict.Error).Select(s => s.Reason), Is.Not.Empty.And.All.EqualTo(RunRequest.BudgetExceeded));
            Assert.That(hanging.Select(s => s.Verdict), Has.None.EqualTo(Verdict.Pass));
            Assert.That(byCity[Hanging.CityCode].Complete, Is.True);

            var flakyHome = byCity[Flaky.CityCode].Scenarios.Single(s => s.Scenario == "home");
            Assert.That((flakyHome.Verdict, flakyHome.Flaky, flakyHome.Attempts.Count), Is.EqualTo((Verdict.Pass, true, 2)));
            Assert.That(result.Out, Does.Contain("Regressions since the previous sweep: none"));
        }
    }
}
