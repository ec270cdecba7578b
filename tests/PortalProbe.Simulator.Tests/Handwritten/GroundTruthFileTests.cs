using System.Text.Json;
using System.Text.RegularExpressions;
using PortalProbe.Simulator.Handwritten;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Handwritten.HandwrittenHost;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>
/// Each hand-written portal's ground-truth.json: the population's record shape, and link claims that hold against the
/// served portal (a broken link fails every time, a flaky one on exactly one of its first two attempts).
/// </summary>
[CancelAfter(60_000)]
public sealed partial class GroundTruthFileTests
{
    /// <summary>The fields of one city record in a population's ground-truth.json (GroundTruthJson), in order.</summary>
    private static readonly string[] RecordFields =
    [
        "code", "name", "province", "tier", "level", "style", "registration", "login", "submission", "progressLookup",
        "chatbot", "chatbotAccuracy", "searchChannels", "dataReports", "hotCases", "enterpriseEntrance", "brokenLinks",
        "flakyLinks", "replyWithin5WorkingDays",
    ];

    private static readonly string[] Functions = ["registration", "login", "submission", "progressLookup", "chatbot"];

    public static IEnumerable<TestCaseData> Portals() =>
        Directory.GetDirectories(Folder).Where(d => File.Exists(Path.Combine(d, HandwrittenPortals.DescriptorFileName)))
            .Order(StringComparer.Ordinal)
            .Select(d => new TestCaseData(Path.GetFileName(d)).SetArgDisplayNames(Path.GetFileName(d)));

    [Test]
    public void Folder_Always_HoldsAtLeastTwoPortals() =>
        Assert.That(Portals().Count(), Is.GreaterThanOrEqualTo(2));

    [TestCaseSource(nameof(Portals))]
    public void GroundTruth_File_HasThePopulationsRecordShape(string portal)
    {
        var truth = Load(portal);

        Assert.That(truth.EnumerateObject().Select(p => p.Name), Is.EqualTo(RecordFields));
        Assert.Multiple(() =>
        {
            Assert.That(truth.GetProperty("code").GetString(), Does.Match("^[0-9]{6}$"));
            Assert.That(portal, Does.StartWith(truth.GetProperty("code").GetString() + "-"));
            Assert.That(truth.GetProperty("style").GetString(), Is.EqualTo("handwritten"));
            Assert.That(truth.GetProperty("tier").GetString(), Is.AnyOf("一线", "新一线", "二线", "三线", "四线", "五线"));
            Assert.That(truth.GetProperty("level").GetString(), Is.AnyOf("直辖市", "副省级", "省会", "地级市"));
            foreach (var function in Functions)
            {
                var value = truth.GetProperty(function);
                Assert.That(value.ValueKind is JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null
                    || (value.ValueKind == JsonValueKind.String && value.GetString() == "manual"), Is.True, function);
            }

            var accuracy = truth.GetProperty("chatbotAccuracy");
            Assert.That(accuracy.ValueKind == JsonValueKind.Null
                ? truth.GetProperty("chatbot").ValueKind == JsonValueKind.Null
                : accuracy.GetDouble() is >= 0 and <= 1, Is.True, "chatbotAccuracy: 0..1, null exactly without a chatbot");
            Assert.That(truth.GetProperty("searchChannels").GetInt32(), Is.InRange(0, 4));
            foreach (var flag in new[] { "dataReports", "hotCases", "enterpriseEntrance" })
            {
                Assert.That(truth.GetProperty(flag).ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False), flag);
            }

            Assert.That(truth.GetProperty("replyWithin5WorkingDays").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null));
            Assert.That(Links(truth, "brokenLinks").Concat(Links(truth, "flakyLinks")), Has.All.Match(@"^http://127\.[0-9.]+:\$\{port\}/"));
        });
    }

    [TestCaseSource(nameof(Portals))]
    public void GroundTruth_CodeAndName_MatchTheDescriptor(string portal)
    {
        var truth = Load(portal);
        var served = HandwrittenPortals.LoadFolder(Folder).Portals.Single(p => p.Folder.EndsWith(portal, StringComparison.Ordinal));

        Assert.That(truth.GetProperty("code").GetString(), Is.EqualTo(served.Personality.CityCode));
        Assert.That(truth.GetProperty("name").GetString(), Is.EqualTo(served.Personality.CityName));
    }

    [TestCaseSource(nameof(Portals))]
    public async Task BrokenLinks_EachOne_FailsOnEveryAttempt(string portal)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        foreach (var url in Links(Load(portal), "brokenLinks").Select(u => u.Replace("${port}", host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        {
            for (var attempt = 1; attempt <= 3; attempt++)
            {
                using var response = await client.GetAsync(new Uri(url), TestPortals.Ct);
                Assert.That((int)response.StatusCode, Is.GreaterThanOrEqualTo(400), $"{url}, attempt {attempt}");
            }
        }
    }

    [TestCaseSource(nameof(Portals))]
    public async Task FlakyLinks_EachOne_FailsOnExactlyOneOfTheFirstTwoAttempts(string portal)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        foreach (var url in Links(Load(portal), "flakyLinks").Select(u => u.Replace("${port}", host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        {
            using var first = await client.GetAsync(new Uri(url), TestPortals.Ct);
            using var second = await client.GetAsync(new Uri(url), TestPortals.Ct);
            Assert.That(new[] { first.IsSuccessStatusCode, second.IsSuccessStatusCode }.Count(ok => !ok), Is.EqualTo(1), url);
        }
    }

    [TestCaseSource(nameof(Portals))]
    public async Task OtherExternalLinks_OnThePages_Work(string portal)
    {
        await using var host = await StartAsync(TimeProvider.System);
        var port = host.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var truth = Load(portal);
        var failing = Links(truth, "brokenLinks").Concat(Links(truth, "flakyLinks")).Select(u => u.Replace("${port}", port, StringComparison.Ordinal)).ToHashSet();
        var external = ExternalHrefs(Path.Combine(Folder, portal)).Select(u => u.Replace("{{port}}", port, StringComparison.Ordinal)).ToList();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        Assert.That(failing, Is.SubsetOf(external), "every link ground truth names is on a page");
        foreach (var url in external.Except(failing))
        {
            using var response = await client.GetAsync(new Uri(url), TestPortals.Ct);
            Assert.That(response.IsSuccessStatusCode, Is.True, url);
        }
    }

    private static JsonElement Load(string portal)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, portal, HandwrittenPortals.GroundTruthFileName)));
        return document.RootElement.Clone();
    }

    private static IEnumerable<string> Links(JsonElement truth, string field) =>
        truth.GetProperty(field).EnumerateArray().Select(l => l.GetString()!);

    private static IEnumerable<string> ExternalHrefs(string portalFolder) =>
        Directory.EnumerateFiles(Path.Combine(portalFolder, HandwrittenPortals.SiteFolderName), "*.htm*", SearchOption.AllDirectories)
            .SelectMany(f => Href().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal);

    [GeneratedRegex("href=\"(http://[^\"]+)\"")]
    private static partial Regex Href();
}
