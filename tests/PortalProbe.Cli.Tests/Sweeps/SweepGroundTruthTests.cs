using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Results;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// A live sweep inside a campaign over a sample of the simulated population (the showcase: every style and
/// behaviour), compared with ground truth function by function and in the exported national table; then a second
/// sweep that repeats no live action.
/// </summary>
[NonParallelizable]
public sealed class SweepGroundTruthTests
{
    private const int SampleCities = 12;

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task LiveSweep_PopulationSample_VerdictsMatchGroundTruthAndNoLiveActionRepeats()
    {
        using var work = new TempDirectory();
        var folder = work.Combine("population");
        var sample = ShowcaseSelector.Select(
            PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), SampleCities);
        PopulationWriter.Write(sample, folder);
        // Simulator and probe share one clock on the population's as-of day, so published dates are judged as of then.
        var clock = SimulatorClock.StartingAt(new DateTimeOffset(PopulationGenerator.DefaultAsOf.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        await using var host = await SimulatorHost.StartAsync(PersonalityFile.LoadFolder(folder).ToOptions(0, clock), CancellationToken.None);
        var cli = new CliTester(work.Path) { Time = clock }.WithTestAccount().With("PORTALPROBE_TEST_EMAIL", "probe@example.invalid");
        var data = work.Combine("data");
        var started = await cli.RunAsync("campaign", "start", "sweep-truth", "--data", data);
        Assert.That(started.ExitCode, Is.EqualTo(0), started.ToString());

        // Two cities at once and generous timeouts: a live step that misses its limit because the machine is busy is
        // not re-checked (that could repeat the action), so the load must not decide a verdict.
        var config = FastBrowserConfig.Write(work.Path, stepMs: 10000, navigationMs: 20000);
        string[] Sweep(params string[] cities) =>
        [
            "sweep", "--live", "--checks", folder, "--var", "port=" + host.Port.ToString(CultureInfo.InvariantCulture),
            "--parallel", "2", "--data", data, "--config", config, .. cities.Length == 0 ? ["--all"] : new[] { "--cities", string.Join(',', cities) },
        ];
        var result = await cli.RunAsync(Sweep());
        Assert.That(result.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(3), result.ToString());

        var (_, _, runs) = await SweepChecks.ReadAsync(data, 1);
        var truths = sample.Truth.ToDictionary(t => t.Code);
        var comparisons = runs.SelectMany(r => VerdictComparison.Compare(truths[r.City.Code], r)).ToList();
        TestContext.Out.WriteLine(
            $"sweep verdicts match ground truth for {comparisons.Count(c => c.Matches)} of {comparisons.Count} city-functions over {runs.Count} cities; " +
            $"false passes: {comparisons.Count(c => c.FalsePass)}, false fails: {comparisons.Count(c => c.FalseFail)}");
        Assert.That(runs, Has.Count.EqualTo(SampleCities));
        Assert.That(comparisons, Has.Count.GreaterThan(SampleCities * 3), "too few functions compared to mean anything");
        Assert.That(comparisons.Where(c => c.FalsePass).Select(Describe), Is.Empty, "a broken function must never pass");
        Assert.That(comparisons.Where(c => !c.Matches).Select(Describe), Is.Empty);

        // The national table of this live sweep equals the one its cities' ground truth gives, figure by figure. Only
        // 5个工作日内答复 differs by nature: a reply comes days after the sweep filed the appeal, so it is not measured yet.
        var export = await cli.RunAsync("export", "--sweep", "1", "--format", "json", "--out", work.Combine("national.json"), "--data", data);
        Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString());
        var measured = await NationalFigures.ExportedAsync(work.Combine("national.json"), SampleCities);
        var truth = NationalFigures.OfTruth(sample.Truth, clock.GetUtcNow());
        NationalFigures.Print(measured, truth);
        var withoutChatbot = sample.Truth.Count(t => t.ChatbotAccuracy is null);
        Assert.Multiple(() =>
        {
            foreach (var id in truth.Keys.Where(id => id is not "timely" and not "chatbot" and not "appeal" and not "progress"))
            {
                Assert.That(measured[id], Is.EqualTo(truth[id]), $"figure '{id}' (count, base, not measured)");
            }

            // Appeals and their progress: the same cities counted over the same base. A sweep may leave more of them
            // not measured than the truth (an appeal form behind a login that needs a person is "manual" for the
            // probe, while the truth knows whether it would work), never fewer.
            foreach (var id in new[] { "appeal", "progress" })
            {
                Assert.That((measured[id].Count, measured[id].Base), Is.EqualTo((truth[id].Count, truth[id].Base)), $"figure '{id}' (count, base)");
                Assert.That(measured[id].NotMeasured, Is.GreaterThanOrEqualTo(truth[id].NotMeasured), $"figure '{id}': not measured");
            }

            // Generated scripts have no chatbot scenario where the portal has none: not measured, where the truth says "none".
            Assert.That(measured["chatbot"], Is.EqualTo((truth["chatbot"].Count, truth["chatbot"].Base, withoutChatbot)), "figure 'chatbot'");
            Assert.That(measured["appeal"].Count, Is.GreaterThan(0), "a live sweep shows working appeal forms");
        });

        // A second live sweep of two cities in the same campaign: every action was claimed by the first, none again.
        var campaigns = new SqliteCampaignStore(DataDirectory.Resolve(data, _ => null, work.Path), TimeProvider.System, NullLogger<SqliteCampaignStore>.Instance);
        var campaign = (await campaigns.FindOpenAsync(CancellationToken.None))!;
        var before = await campaigns.ActionsAsync(campaign.Id, CancellationToken.None);
        var again = await cli.RunAsync(Sweep(runs[0].City.Code, runs[1].City.Code));
        var after = await campaigns.ActionsAsync(campaign.Id, CancellationToken.None);

        Assert.That(again.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(3), again.ToString());
        Assert.That(before, Is.Not.Empty, "the first sweep performed live actions");
        Assert.That(after, Is.EqualTo(before), "the ledger is unchanged: no live action was performed twice");
    }

    private static string Describe(FunctionComparison c) =>
        $"{c.CityCode} {c.Function} ({c.Scenario}): expected {c.Expected?.ToId() ?? "no scenario"}, got {c.Actual.ToId()}: {c.Reason}";
}
