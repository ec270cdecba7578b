using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>
/// <c>override</c> and <c>export</c> through the CLI over a real database: two stored runs of a city (the later one
/// worse), an evaluator's override with an evidence file, and the exports with their manifest.
/// </summary>
public sealed class ScoreCommandsTests
{
    private static readonly CityInfo Hangzhou = new("330100", "杭州市", "浙江省", "新一线", "副省级");
    private static readonly DateTimeOffset At = new(2026, 4, 1, 2, 0, 0, TimeSpan.Zero);

    private TempDirectory _work = null!;
    private CliTester _cli = null!;
    private string _data = null!;

    [SetUp]
    public async Task StoreTwoRuns()
    {
        _work = new TempDirectory();
        _cli = new CliTester(_work.Path).With("USER", "zhang");
        _data = _work.Combine("data");
        var store = await SqliteResultStore.OpenAsync(
            DataDirectory.Resolve(_data, _ => null, _work.Path), new StorageOptions(), new FakeTime(At), NullLoggerFactory.Instance, CancellationToken.None);
        await StoreRunAsync(store, At, searchChannels: 3);
        await StoreRunAsync(store, At.AddDays(1), searchChannels: 1);
    }

    [TearDown]
    public void Delete() => _work.Dispose();

    [Test]
    public async Task Override_ThenExportJson_ShowsTheOverrideAndTheRegressionFirst()
    {
        var evidence = _work.Write("note.txt", "电话回访：答复有效");

        var set = await _cli.RunAsync("override", "--city", "330100", "--indicator", "resolve.effective", "--value", "85",
            "--reason", "人工核实答复内容", "--evidence", evidence, "--data", _data);
        var export = await _cli.RunAsync("export", "--format", "json", "--out", _work.Combine("scores.json"), "--data", _data);

        Assert.That(set.ExitCode, Is.EqualTo(0), set.ToString());
        Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_work.Combine("scores.json")));
        var city = json.RootElement.GetProperty("cities")[0];
        var effective = city.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "resolve.effective");
        var first = json.RootElement.GetProperty("changes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(set.Out, Does.Contain("resolve.effective = 85 by zhang"));
            Assert.That(effective.GetProperty("score").GetDouble(), Is.EqualTo(85));
            Assert.That(effective.GetProperty("override").GetProperty("evidence").GetProperty("sha256").GetString(), Has.Length.EqualTo(64));
            Assert.That((first.GetProperty("indicator").GetString(), first.GetProperty("kind").GetString()), Is.EqualTo(("standard.selfservice", "regressed")));
            Assert.That(export.Out, Does.Contain("0 / 1 个城市提供两种及以上自主查询渠道（0.00%）"), "the latest run found one search channel only");
            Assert.That(export.Out, Does.Contain("compared with the previous completed run per city"));
        });

        var verify = await _cli.RunAsync("export", "verify", _work.Combine("scores.json.manifest.json"), "--data", _data);
        Assert.That(verify.ExitCode, Is.EqualTo(0), verify.ToString());
        Assert.That(verify.Out, Does.StartWith("verified: 2 files"));
    }

    [Test]
    public async Task OverrideRemove_KeepsTheHistoryAndTheScoreFallsBackToNotMeasured()
    {
        await _cli.RunAsync("override", "--city", "330100", "--indicator", "resolve.effective", "--value", "85", "--reason", "核实", "--data", _data);

        var removed = await _cli.RunAsync("override", "remove", "--city", "330100", "--indicator", "resolve.effective", "--reason", "重新评测", "--by", "li", "--data", _data);
        var inForce = await _cli.RunAsync("override", "list", "--data", _data);
        var history = await _cli.RunAsync("override", "list", "--history", "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(removed.ExitCode, Is.EqualTo(0), removed.ToString());
            Assert.That(removed.Out, Does.Contain("removed by li"));
            Assert.That(inForce.Out, Does.Not.Contain("resolve.effective"));
            Assert.That(history.Out, Does.Contain("85").And.Contain("removed"));
        });
    }

    [TestCase("999999", "resolve.effective", "50", "city 999999 has no stored run")]
    [TestCase("330100", "resolve.nothing", "50", "--indicator 'resolve.nothing' is not in the catalogue")]
    [TestCase("330100", "resolve.effective", "150", "--value '150' is not a score from 0 to 100")]
    [TestCase("33010", "resolve.effective", "50", "is not a six-digit administrative code")]
    public async Task Override_BadInput_Exits2AndRecordsNothing(string city, string indicator, string value, string message)
    {
        var result = await _cli.RunAsync("override", "--city", city, "--indicator", indicator, "--value", value, "--reason", "x", "--data", _data);
        var history = await _cli.RunAsync("override", "list", "--history", "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.Contain(message));
            Assert.That(history.Out, Does.Not.Contain("resolve."));
        });
    }

    [Test]
    public async Task Export_Xlsx_WritesTheWorkbookTheManifestAndTheChecksums()
    {
        var result = await _cli.RunAsync("export", "--format", "xlsx", "--out", _work.Combine("scores.xlsx"), "--level", "2", "--data", _data);

        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(Directory.GetFiles(_work.Path).Select(Path.GetFileName), Is.SupersetOf(new[] { "scores.xlsx", "scores.xlsx.manifest.json", "scores.xlsx.sha256" }));
    }

    [TestCase("pdf", "1", "--format 'pdf' is not one of xlsx, csv, json")]
    [TestCase("csv", "4", "--level 4 is not 1, 2 or 3")]
    public async Task Export_BadOption_Exits2(string format, string level, string message)
    {
        var result = await _cli.RunAsync("export", "--format", format, "--level", level, "--out", _work.Combine("x"), "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.Contain(message));
        });
    }

    [Test]
    public async Task Export_UnwritableOutput_Exits2AndWritesNothing()
    {
        var result = await _cli.RunAsync("export", "--format", "csv", "--out", _work.Combine("no-such-folder", "scores.csv"), "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.Contain("does not exist").And.Contain("nothing was written"));
            Assert.That(Directory.Exists(_work.Combine("no-such-folder")), Is.False);
        });
    }

    [Test]
    public async Task Export_UnknownCampaignOrSweep_Exits2()
    {
        var campaign = await _cli.RunAsync("export", "--format", "csv", "--out", _work.Combine("a.csv"), "--campaign", "nope", "--data", _data);
        var sweep = await _cli.RunAsync("export", "--format", "csv", "--out", _work.Combine("b.csv"), "--sweep", "7", "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(campaign.ExitCode, Is.EqualTo(2), campaign.ToString());
            Assert.That(campaign.Error, Does.Contain("there is no campaign 'nope'"));
            Assert.That(sweep.ExitCode, Is.EqualTo(2), sweep.ToString());
            Assert.That(File.Exists(_work.Combine("a.csv")) || File.Exists(_work.Combine("b.csv")), Is.False);
        });
    }

    [Test]
    public async Task Export_NothingStored_Exits2()
    {
        var result = await _cli.RunAsync("export", "--format", "csv", "--out", _work.Combine("a.csv"), "--data", _work.Combine("empty"));

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.Contain("no completed run is stored"));
        });
    }

    [Test]
    public async Task Override_BrokenCatalogue_Exits2WithFileAndLine()
    {
        var catalogue = _work.Write("bad.yaml", "indicators:\n  - { id: a, name: 甲, weight: 90, rule: { verdict: login } }\n");

        var result = await _cli.RunAsync("override", "--city", "330100", "--indicator", "a", "--value", "1", "--reason", "x", "--indicators", catalogue, "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.ToString());
            Assert.That(result.Error, Does.Contain("bad.yaml:1:1: error: the weights of the first-level indicators add up to 90, not 100"));
        });
    }

    private static async Task StoreRunAsync(SqliteResultStore store, DateTimeOffset at, int searchChannels)
    {
        var runId = await store.BeginRunAsync(new RunStart(Hangzhou, "checks/cities/330100.yaml", "dry-run", at), CancellationToken.None);
        var attempt = new AttemptResult(1, searchChannels >= 2 ? Verdict.Pass : Verdict.Fail, "self-service checked", null, at, TimeSpan.FromSeconds(1),
            [new StepResult(0, "goto", "goto home", new SourceLocation("x.yaml", 1, 1), StepOutcome.Passed, null, TimeSpan.FromSeconds(1))], []);
        await store.SaveScenarioAsync(runId, new ScenarioResult("selfservice", ScenarioKind.SelfService, ChannelKind.Web, [attempt],
            [FactValue.Of(FactRegistry.Mode, "dry-run"), FactValue.Of(FactRegistry.SearchChannels, searchChannels), FactValue.Of(FactRegistry.EnterpriseEntrance, true)]), CancellationToken.None);
        await store.CompleteRunAsync(runId, at.AddMinutes(1), CancellationToken.None);
    }
}
