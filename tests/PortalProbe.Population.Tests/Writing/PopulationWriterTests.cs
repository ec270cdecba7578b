using System.Text.Json;
using PortalProbe.Checks;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Tests.Support;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Tests.Writing;

public sealed class PopulationWriterTests
{
    private static readonly Dictionary<string, string> Secrets = new(StringComparer.Ordinal)
    {
        ["PORTALPROBE_TEST_PHONE"] = "13800000000",
        ["PORTALPROBE_TEST_PASSWORD"] = "Probe#2026",
        ["PORTALPROBE_TEST_EMAIL"] = "probe@example.cn",
    };

    [Test]
    public void Write_SameSeedTwice_ByteIdenticalFolders()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        PopulationWriter.Write(PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), first.Path);
        PopulationWriter.Write(PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), second.Path);

        var files = Files(first.Path);
        Assert.Multiple(() =>
        {
            Assert.That(Files(second.Path), Is.EqualTo(files));
            Assert.That(files, Has.Count.GreaterThan(349));
            foreach (var file in files)
            {
                Assert.That(File.ReadAllBytes(Path.Combine(second.Path, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(first.Path, file))), file);
            }
        });
    }

    [Test]
    public void Write_DefaultPopulation_EveryScriptAndTemplateValidates()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(Populations.Default, folder.Path);

        var diagnostics = CheckValidator.ValidatePaths([folder.Path], name => Secrets.GetValueOrDefault(name));

        Assert.That(diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Validate_AGeneratedScriptSpoiled_IsReported()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(PopulationGenerator.Generate(3, 1, PopulationGenerator.DefaultAsOf), folder.Path);
        var script = Directory.GetFiles(Path.Combine(folder.Path, "cities"))[0];
        File.WriteAllText(script, File.ReadAllText(script).Replace("kind: custom", "kind: costum", StringComparison.Ordinal));

        var diagnostics = CheckValidator.ValidatePaths([folder.Path], name => Secrets.GetValueOrDefault(name));

        Assert.That(diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Has.Some.Contains("costum"));
    }

    [Test]
    public void Templates_InTheRepository_Validate()
    {
        var checks = RepoChecks();
        var styles = new[] { "pc", "pc-legacy", "wechat-h5", "app-h5" }.Select(s => Path.Combine(checks, "templates", s)).ToList();

        var diagnostics = CheckValidator.ValidatePaths(styles, name => Secrets.GetValueOrDefault(name));

        Assert.That(diagnostics.Where(d => d.IsError).Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Write_DefaultPopulation_FilesAreWhereTheIssueSays()
    {
        using var folder = new TempFolder();
        PopulationWriter.Write(Populations.Default, folder.Path);

        var cities = Directory.GetFiles(Path.Combine(folder.Path, "cities"), "*.yaml");
        var hangzhou = File.ReadAllText(Path.Combine(folder.Path, "cities", "330100-hangzhou.yaml"));
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, GroundTruthJson.FileName)));
        var first = truth.RootElement.GetProperty("cities")[0];

        Assert.Multiple(() =>
        {
            Assert.That(cities, Has.Length.EqualTo(349));
            Assert.That(hangzhou, Does.Contain("runtime: [port]").And.Contain("base: \"http://${host}:${port}\"").And.Contain("host: \"127.1."));
            Assert.That(truth.RootElement.GetProperty("asOf").GetString(), Is.EqualTo("2024-06-01"));
            foreach (var field in new[] { "code", "name", "province", "tier", "level", "registration", "login", "submission", "progressLookup", "chatbot",
                "chatbotAccuracy", "searchChannels", "dataReports", "hotCases", "enterpriseEntrance", "brokenLinks", "flakyLinks", "replyWithin5WorkingDays" })
            {
                Assert.That(first.TryGetProperty(field, out _), Is.True, field);
            }

            Assert.That(PersonalityFile.LoadFolder(folder.Path).Portals, Has.Count.EqualTo(349));
        });
    }

    [Test]
    public void GroundTruth_ManualAndNullValues_AreWrittenAsTheIssueSays()
    {
        var json = System.Text.Encoding.UTF8.GetString(GroundTruthJson.ToUtf8(Populations.Default));

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("\"registration\": \"manual\""));
            Assert.That(json, Does.Contain("\"submission\": null"));
            Assert.That(json, Does.Contain("\"chatbotAccuracy\": 0.5"));
            Assert.That(json, Does.Contain("http://127.1.255.254:${port}/"));
        });
    }

    [Test]
    public void GroundTruth_EntryFlags_WrittenOnlyWhenTrueAndReadBack()
    {
        using var folder = new TempFolder();
        var population = PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf);
        PopulationWriter.Write(population, folder.Path);
        var path = Path.Combine(folder.Path, "ground-truth.json");

        var read = GroundTruthReader.Read(path);
        var outages = population.Personalities.Portals.Where(p => p.Has(PortalFaults.HomeOutage)).Select(p => p.CityCode).ToHashSet();

        Assert.Multiple(() =>
        {
            Assert.That(outages, Is.Not.Empty);
            Assert.That(read.Where(t => outages.Contains(t.Code)), Has.All.Matches<CityTruth>(t => t.FlakyLinks.Any(l => l.EndsWith('/')) && !t.EntryUnreliable),
                "a home page outage that passes is flaky, not an unreliable entry");
            Assert.That(File.ReadAllText(path), Does.Not.Contain("entryUnreliable"), "written only when true");
        });
    }

    [Test]
    public void Write_FolderWithOtherFiles_Refused()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "notes.txt"), "mine");

        Assert.That(() => PopulationWriter.Write(Populations.Default, folder.Path), Throws.InstanceOf<IOException>().With.Message.Contains("notes.txt"));
    }

    private static List<string> Files(string root) =>
        [.. Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];

    private static string RepoChecks()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return Path.Combine(dir.FullName, "checks");
            }
        }

        throw new DirectoryNotFoundException("PortalProbe.sln not found above the test folder");
    }
}
