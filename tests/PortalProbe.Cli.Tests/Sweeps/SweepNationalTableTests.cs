using System.Globalization;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// The national table reproduced from an actual sweep: a dry-run <c>portalprobe sweep</c> over a sample of the
/// simulated population (the showcase cities, which show every behaviour), then <c>export --sweep --format json</c>,
/// whose national figures must equal those the same cities' ground truth gives (<see cref="NationalFigures.OfTruth"/>, the
/// results a campaign would record if every check found exactly the truth), count for count.
/// </summary>
/// <remarks>
/// A dry run measures the figures of the self-service, chatbot, disclosure and enterprise checks: search channels,
/// chatbot, accurate chatbot, appeal-data reports, hot cases, enterprise entrance. It cannot show an appeal being
/// submitted, so 可在线提交诉求 (and the progress and reply figures counted over it) must count no city at all,
/// every city either failed before the live step (0) or not measured: never a working appeal claimed. Cities whose
/// portal has no chatbot have no chatbot scenario, so 提供智能客服 counts them as not measured rather than "none".
/// </remarks>
[NonParallelizable]
public sealed class SweepNationalTableTests
{
    private const int SampleCities = 10;

    /// <summary>The figures a dry run measures.</summary>
    private static readonly string[] DryRunFigures = ["search", "chatbot", "chatbotAccurate", "reports", "cases", "enterprise"];

    /// <summary>The figures only a live run can count a city in.</summary>
    private static readonly string[] LiveFigures = ["appeal", "progress", "timely"];

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task DryRunSweep_PopulationSample_ExportedNationalFiguresEqualTheGroundTruths()
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

        var sweep = await cli.RunAsync(
            "sweep", "--all", "--checks", folder, "--var", "port=" + host.Port.ToString(CultureInfo.InvariantCulture), "--parallel", "3",
            "--data", data, "--config", FastBrowserConfig.Write(work.Path, stepMs: 8000, navigationMs: 15000));
        Assert.That(sweep.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(3), sweep.ToString());
        var export = await cli.RunAsync("export", "--sweep", "1", "--format", "json", "--out", work.Combine("national.json"), "--data", data);
        Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString());

        var measured = await NationalFigures.ExportedAsync(work.Combine("national.json"), SampleCities);
        var truth = NationalFigures.OfTruth(sample.Truth, clock.GetUtcNow());
        NationalFigures.Print(measured, truth);

        Assert.Multiple(() =>
        {
            Assert.That(measured.Keys, Is.EquivalentTo(truth.Keys), "every figure of the catalogue's national table is exported");
            foreach (var id in DryRunFigures.Where(id => id != "chatbot"))
            {
                Assert.That(measured[id], Is.EqualTo(truth[id]), $"figure '{id}' (count, base, not measured)");
            }

            // A portal without a chatbot gets no chatbot scenario in its generated script, so the sweep did not look
            // for one: not measured, where the truth says "none". Counted cities and base are the truth's exactly.
            var withoutChatbot = sample.Truth.Count(t => t.ChatbotAccuracy is null);
            Assert.That(measured["chatbot"], Is.EqualTo((truth["chatbot"].Count, truth["chatbot"].Base, withoutChatbot)), "figure 'chatbot' (count, base, not measured)");

            foreach (var id in LiveFigures)
            {
                Assert.That(measured[id].Count, Is.Zero, $"figure '{id}': a dry run never shows an appeal working");
            }

            Assert.That(measured["appeal"].Base, Is.EqualTo(SampleCities));
            Assert.That(measured["appeal"].NotMeasured, Is.GreaterThan(0), "working appeal forms are not measured by a dry run, not counted as failing");
        });
    }
}
