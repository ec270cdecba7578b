using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.GroundTruth;

/// <summary>
/// The links scenario of generated cities against their ground truth, link by link: a few cities of the default
/// population that together show every link behaviour are served, each city's <c>links</c> scenario is run through
/// <c>portalprobe run</c>, and the links its JSON evidence calls broken must be exactly the truth's broken links,
/// while the truth's flaky links are reported flaky (or ok, when they worked on their only check), never broken.
/// </summary>
[NonParallelizable]
public sealed class LinksGroundTruthTests
{
    [Test]
    public async Task Links_CitiesCoveringEveryLinkBehaviour_FindExactlyTheBrokenLinksOfGroundTruth()
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        var full = PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf);
        var population = CoverLinkBehaviours(full);
        var folder = work.Combine("population");
        PopulationWriter.Write(population, folder);
        await using var host = await SimulatorHost.StartAsync(PersonalityFile.LoadFolder(folder).ToOptions(0, TimeProvider.System), CancellationToken.None);
        var port = host.Port.ToString(CultureInfo.InvariantCulture);
        var config = SingleAttemptConfig(work.Path);
        var cli = new CliTester(work.Path).WithTestAccount().With("PORTALPROBE_TEST_EMAIL", "probe@example.invalid");

        var shown = population.Personalities.Portals.SelectMany(p => p.Links).Select(l => l.Behaviour).ToHashSet();
        Assert.That(shown, Is.EquivalentTo(Enum.GetValues<LinkBehaviour>()), "the chosen cities must show every link behaviour");
        var reportedFlaky = 0;
        foreach (var truth in population.Truth)
        {
            var output = await cli.RunAsync("run", "--checks", folder, "--city", truth.Code, "--scenario", "links", "--var", "port=" + port,
                "--data", work.Combine("data"), "--config", config, "--json");
            Assert.That(output.ExitCode, Is.EqualTo(0).Or.EqualTo(1), output.ToString());
            var scenario = JsonNode.Parse(output.Out)!["scenarios"]!.AsArray().Single()!;
            var evidence = scenario["evidence"]!.AsArray().Select(e => e!.GetValue<string>()).Single(e => e.EndsWith(".json", StringComparison.Ordinal));
            var links = JsonDocument.Parse(File.ReadAllBytes(evidence)).RootElement.GetProperty("links").EnumerateArray()
                .Select(l => (Url: l.GetProperty("url").GetString()!, Outcome: l.GetProperty("outcome").GetString()!)).ToList();
            var broken = links.Where(l => l.Outcome == "broken").Select(l => l.Url).ToList();
            var flaky = links.Where(l => l.Outcome == "flaky").Select(l => l.Url).ToList();
            var truthBroken = truth.BrokenLinks.Select(l => l.Replace(Population.Truth.GroundTruth.PortPlaceholder, port, StringComparison.Ordinal)).ToList();
            var truthFlaky = truth.FlakyLinks.Select(l => l.Replace(Population.Truth.GroundTruth.PortPlaceholder, port, StringComparison.Ordinal)).ToList();
            reportedFlaky += flaky.Count;
            var expected = truthBroken.Count > 0 ? "fail" : "pass";
            using (Assert.EnterMultipleScope())
            {
                Assert.That(broken, Is.EquivalentTo(truthBroken), $"{truth.Code}: broken links (zero false fail, zero false pass)\n{output.Out}");
                Assert.That(flaky, Is.SubsetOf(truthFlaky), $"{truth.Code}: only truly flaky links are called flaky");
                Assert.That(links.Where(l => l.Outcome == "hostUnavailable"), Is.Empty, $"{truth.Code}: every link was checked");
                Assert.That(scenario["verdict"]!.GetValue<string>(), Is.EqualTo(expected), $"{truth.Code}: {scenario["reason"]}");
            }
        }

        Assert.That(reportedFlaky, Is.GreaterThanOrEqualTo(1), "an intermittent link whose first check fails must be reported flaky");
    }

    /// <summary>
    /// Greedy: cities whose links show a behaviour not yet shown, until every behaviour is. An intermittent link counts
    /// only when its first request fails (so the check can see it is flaky), and cities whose home page fails (flaky or an outage) are
    /// left out: their crawl may meet the 503 and find no links, which is the availability rule's business, not this test's.
    /// </summary>
    private static Population.Population CoverLinkBehaviours(Population.Population full)
    {
        var candidates = full.Personalities.Portals.Where(p => !p.Has(PortalFaults.FlakyHome) && !p.Has(PortalFaults.HomeOutage)).ToList();
        var uncovered = Enum.GetValues<LinkBehaviour>().ToHashSet();
        var chosen = new List<PortalPersonality>();
        while (uncovered.Count > 0)
        {
            var best = candidates.Except(chosen).MaxBy(p => Shows(p).Count(uncovered.Contains));
            Assert.That(best is not null && Shows(best).Any(uncovered.Contains), $"no city shows {string.Join(", ", uncovered)}");
            chosen.Add(best!);
            uncovered.ExceptWith(Shows(best!));
        }

        var codes = chosen.Select(p => p.CityCode).ToHashSet(StringComparer.Ordinal);
        return full with
        {
            Cities = [.. full.Cities.Where(c => codes.Contains(c.City.Code))],
            Personalities = full.Personalities with { Portals = [.. full.Personalities.Portals.Where(p => codes.Contains(p.CityCode))] },
            Truth = [.. full.Truth.Where(t => codes.Contains(t.Code))],
        };
    }

    private static IEnumerable<LinkBehaviour> Shows(PortalPersonality portal) => portal.Links
        .Where(l => l.Behaviour != LinkBehaviour.Intermittent
            || FaultSchedule.Fails(portal.Faults.Seed, portal.CityCode, l.Path, 1, portal.Faults.IntermittentPercent))
        .Select(l => l.Behaviour);

    /// <summary>
    /// The fast configuration without the scenario-level re-check: the links check confirms every failure itself, and
    /// a second run of the scenario would meet intermittent links further along their fault schedule.
    /// </summary>
    private static string SingleAttemptConfig(string folder)
    {
        var path = FastBrowserConfig.Write(folder, stepMs: 5000, navigationMs: 10000);
        var config = JsonNode.Parse(File.ReadAllText(path))!;
        config["recheck"]!["attempts"] = 0;
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
