using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Results;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Handwritten;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.GroundTruth;

/// <summary>
/// The checks against ground truth, the way an evaluator would run them: a live campaign over a showcase of the
/// generated population (every style and behaviour) and the two hand-written portals no template produced, each
/// city through <c>portalprobe run --live</c> in real Chromium, every comparable verdict compared with the truth.
/// </summary>
[NonParallelizable]
public sealed class GroundTruthComparisonTests
{
    private const int ShowcaseCities = 12;

    [Test]
    public async Task LiveCampaign_ShowcaseAndHandwrittenPortals_VerdictsMatchGroundTruth()
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        var populationFolder = work.Combine("population");
        var population = ShowcaseSelector.Select(
            PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), ShowcaseCities);
        PopulationWriter.Write(population, populationFolder);
        var handwritten = HandwrittenPortals.LoadFolder(Path.Combine(RepoPaths.Fixtures, "handwritten"));
        var set = PersonalityFile.LoadFolder(populationFolder);

        // Ground truth holds on the population's as-of day: its lists are dated from it and the hand-written pages for
        // it. The simulator and the probe share one clock that starts there, so recency is judged against that day.
        var clock = SimulatorClock.StartingAt(new DateTimeOffset(PopulationGenerator.DefaultAsOf.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8)));
        await using var host = await SimulatorHost.StartAsync(handwritten.AddTo(set.ToOptions(0, clock)), CancellationToken.None);

        var cities = population.Truth.Select(t => (Truth: t, Checks: populationFolder))
            .Concat(handwritten.Portals.Select(p => (Truth: GroundTruthReader.Read(p.GroundTruthPath).Single(), Checks: p.Folder)))
            .ToList();
        var cli = new CliTester(work.Path) { Time = clock }.WithTestAccount().With("PORTALPROBE_TEST_EMAIL", "probe@example.invalid");
        var data = work.Combine("data");
        var started = await cli.RunAsync("campaign", "start", "ground-truth", "--data", data);
        Assert.That(started.ExitCode, Is.EqualTo(0), started.ToString());

        var port = "port=" + host.Port.ToString(CultureInfo.InvariantCulture);
        // One city at a time and moderate timeouts: three Chromium pages at once on two cores made a live SMS
        // request or a page load miss a 3 s limit now and then, which would be the load's fault, not the portal's.
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        using var slots = new SemaphoreSlim(1);
        var outputs = await Task.WhenAll(cities.Select(async city =>
        {
            await slots.WaitAsync();
            try
            {
                return await cli.RunAsync("run", "--live", "--checks", city.Checks, "--city", city.Truth.Code, "--var", port, "--data", data, "--config", config);
            }
            finally
            {
                slots.Release();
            }
        }));

        Assert.That(outputs.Select(o => o.ExitCode), Has.None.EqualTo(2).And.None.EqualTo(3), string.Join("\n", outputs));
        var comparisons = await CompareAsync(data, cities.Select(c => c.Truth));
        var mismatches = comparisons.Where(c => !c.Matches).ToList();
        TestContext.Out.WriteLine(
            $"verdicts match ground truth for {comparisons.Count - mismatches.Count} of {comparisons.Count} city-functions " +
            $"({cities.Count} cities: {ShowcaseCities} generated, {handwritten.Portals.Count} hand-written); " +
            $"false passes: {comparisons.Count(c => c.FalsePass)}, false fails: {comparisons.Count(c => c.FalseFail)}");

        Assert.That(comparisons, Has.Count.GreaterThan(cities.Count * 3), "too few functions compared to mean anything");
        Assert.That(comparisons.Where(c => c.FalsePass).Select(Describe), Is.Empty, "a broken function must never pass");
        Assert.That(mismatches.Select(Describe), Is.Empty);
        await AssertChatbotAccuracyAsync(data, cities.Select(c => c.Truth));
    }

    /// <summary>
    /// The measured chatbot.accuracy is within 0.05 of the truth's: one answer of the 13 judged one step off what its
    /// chatbot intends moves the accuracy by 0.5/13 ≈ 0.038, and the judge agrees with evaluators on 33 of 34 held-out
    /// answers, so one such disagreement per city is within its measured error; two (0.077) are not.
    /// </summary>
    private static async Task AssertChatbotAccuracyAsync(string data, IEnumerable<CityTruth> truths)
    {
        const double tolerance = 0.05;
        var directory = DataDirectory.Resolve(data, _ => null, Path.GetTempPath());
        var store = new SqliteResultStore(directory, TimeProvider.System, NullLogger<SqliteResultStore>.Instance);
        var measured = new List<string>();
        var off = new List<string>();
        foreach (var truth in truths)
        {
            var run = await store.LatestRunAsync(truth.Code, CancellationToken.None);
            foreach (var (scenario, expected, actual) in VerdictComparison.ChatbotAccuracy(truth, run!))
            {
                var line = $"{truth.Code} {scenario}: truth {expected.ToString("0.###", CultureInfo.InvariantCulture)}, measured {actual?.ToString("0.###", CultureInfo.InvariantCulture) ?? "nothing"}";
                measured.Add(line);
                if (actual is not { } value || Math.Abs(value - expected) > tolerance)
                {
                    off.Add(line);
                }
            }
        }

        TestContext.Out.WriteLine($"chatbot accuracy within {tolerance} of ground truth for {measured.Count - off.Count} of {measured.Count} chatbots:\n  " + string.Join("\n  ", measured));
        Assert.That(measured, Is.Not.Empty, "no chatbot accuracy was measured");
        Assert.That(off, Is.Empty);
    }

    private static async Task<List<FunctionComparison>> CompareAsync(string data, IEnumerable<CityTruth> truths)
    {
        var directory = DataDirectory.Resolve(data, _ => null, Path.GetTempPath());
        var store = new SqliteResultStore(directory, TimeProvider.System, NullLogger<SqliteResultStore>.Instance);
        var comparisons = new List<FunctionComparison>();
        foreach (var truth in truths)
        {
            var run = await store.LatestRunAsync(truth.Code, CancellationToken.None);
            Assert.That(run, Is.Not.Null, $"no run stored for {truth.Code}");
            comparisons.AddRange(VerdictComparison.Compare(truth, run!));
        }

        return comparisons;
    }

    private static string Describe(FunctionComparison c) =>
        $"{c.CityCode} {c.Function} ({c.Scenario}): expected {c.Expected?.ToId() ?? "no scenario"}, got {c.Actual.ToId()}" +
        (c.Measured is { } m ? $" ({m})" : "") + $": {c.Reason}";
}
