using System.Net;
using System.Text;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Serving;
using PortalProbe.Population.Tests.Support;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Tests.Serving;

[CancelAfter(120_000)]
public sealed class PopulationServerTests
{
    [Test]
    public async Task StartAsync_DefaultPopulation_EveryCityAnswersItsHomePageOnItsOwnAddress()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(Populations.Default, folder.Path);
        await using var server = await PopulationServer.StartAsync(folder.Path, 0, TimeProvider.System, Populations.Ct);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(20) };

        var statuses = new Dictionary<string, int>();
        foreach (var portal in server.Personalities.Portals)
        {
            using var response = await client.GetAsync(server.Host.BaseUri(portal.CityCode), Populations.Ct);
            statuses[portal.CityCode] = (int)response.StatusCode;
        }

        var flaky = server.Personalities.Portals.Where(p => p.Has(PortalFaults.HomeOutage)).Select(p => p.CityCode).ToHashSet();
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Has.Count.EqualTo(349));
            Assert.That(flaky, Is.Not.Empty, "some generated portals have a home page outage");
            Assert.That(server.Personalities.Portals.Where(p => p.Has(PortalFaults.FlakyHome)), Is.Empty, "the population's outages pass: no entry stays unreliable");
            Assert.That(statuses.Where(s => !flaky.Contains(s.Key)).Select(s => s.Value), Has.All.AnyOf(200, 302));
            Assert.That(statuses.Where(s => flaky.Contains(s.Key)).Select(s => s.Value), Has.All.EqualTo(503), "the first attempt at a flaky home fails");
        });
    }

    [Test]
    public async Task GroundTruth_BrokenAndFlakyLinksOfTheDefaultPopulation_BehaveAsRecorded()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(Populations.Default, folder.Path);
        await using var server = await PopulationServer.StartAsync(folder.Path, 0, TimeProvider.System, Populations.Ct);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 }) { Timeout = TimeSpan.FromSeconds(2) };
        var port = server.Host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var wrong = new List<string>();
        foreach (var city in Populations.Default.Truth)
        {
            foreach (var url in city.BrokenLinks.Select(u => u.Replace(GroundTruth.PortPlaceholder, port, StringComparison.Ordinal)))
            {
                if (await WorksAsync(client, url, followJump: true))
                {
                    wrong.Add($"{city.Code} broken link works: {url}");
                }
            }

            foreach (var url in city.FlakyLinks.Select(u => u.Replace(GroundTruth.PortPlaceholder, port, StringComparison.Ordinal)))
            {
                var first = await WorksAsync(client, url, followJump: false);
                var second = await WorksAsync(client, url, followJump: false);
                if (first == second)
                {
                    wrong.Add($"{city.Code} flaky link is not flaky on attempts 1 and 2: {url}");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public async Task StartAsync_MalformedPersonalities_NamesTheFileAndField()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(PopulationGenerator.Generate(3, 1, PopulationGenerator.DefaultAsOf), folder.Path);
        var path = Path.Combine(folder.Path, PersonalityFile.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"style\": \"", "\"style\": \"x", StringComparison.Ordinal));

        var error = Assert.ThrowsAsync<PersonalityFileException>(async () => await PopulationServer.StartAsync(folder.Path, 0, TimeProvider.System, Populations.Ct))!;

        Assert.That(error.Problems, Has.Count.EqualTo(3).And.All.StartsWith($"{path}: cities[").And.All.Contains("].style: unknown value 'x"));
    }

    /// <summary>True when the URL (and, for a jump page, where it leads) answers 2xx.</summary>
    private static async Task<bool> WorksAsync(HttpClient client, string url, bool followJump)
    {
        try
        {
            using var response = await client.GetAsync(new Uri(url), Populations.Ct);
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }

            var body = await response.Content.ReadAsStringAsync(Populations.Ct);
            var jump = body.IndexOf("id=\"jump-link\" href=\"", StringComparison.Ordinal);
            if (!followJump || jump < 0)
            {
                return true;
            }

            var start = jump + "id=\"jump-link\" href=\"".Length;
            return await WorksAsync(client, WebUtility.HtmlDecode(body[start..body.IndexOf('"', start)]), followJump: false);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!Populations.Ct.IsCancellationRequested)
        {
            return false; // a hanging link
        }
    }
}
