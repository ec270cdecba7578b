using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Sweeps;
using PortalProbe.Sweeps;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Commands;

/// <summary>
/// <c>export --sweep</c> and <c>report --sweep</c> over sweeps stored in a real database: two finished sweeps of two
/// cities (the second worse for 杭州), a run of 杭州 between them that belongs to no sweep, and a third sweep whose
/// only city never completed.
/// </summary>
public sealed class SweepScoresTests
{
    private static readonly CityInfo Hangzhou = new("330100", "杭州市", "浙江省", "新一线", "副省级");
    private static readonly CityInfo Suzhou = new("320500", "苏州市", "江苏省", "新一线", "地级市");
    private static readonly DateTimeOffset At = new(2026, 4, 1, 17, 0, 0, TimeSpan.Zero);

    private TempDirectory _work = null!;
    private CliTester _cli = null!;
    private string _data = null!;

    [SetUp]
    public async Task StoreSweeps()
    {
        _work = new TempDirectory();
        _cli = new CliTester(_work.Path).With("USER", "zhang");
        _data = _work.Combine("data");
        var directory = DataDirectory.Resolve(_data, _ => null, _work.Path);
        var results = await SqliteResultStore.OpenAsync(directory, new StorageOptions(), new FakeTime(At), NullLoggerFactory.Instance, CancellationToken.None);
        var sweeps = new SqliteSweepStore(directory, new StorageOptions(), NullLogger<SqliteSweepStore>.Instance);

        await SweepAsync(sweeps, results, At, finish: true, (Hangzhou, 3), (Suzhou, 2));
        await StoreRunAsync(results, Hangzhou, At.AddHours(12), searchChannels: 0);
        await SweepAsync(sweeps, results, At.AddDays(1), finish: true, (Hangzhou, 1), (Suzhou, 2));
        var empty = await sweeps.CreateAsync(Request(Hangzhou), At.AddDays(2), CancellationToken.None);
        await sweeps.MarkRunningAsync(empty.Id, Hangzhou.Code, At.AddDays(2), CancellationToken.None);
    }

    [TearDown]
    public void Delete() => _work.Dispose();

    [Test]
    public async Task ExportJson_SecondSweep_ScoresItsRunsAndComparesWithTheFirstSweep()
    {
        var export = await _cli.RunAsync("export", "--format", "json", "--out", _work.Combine("sweep.json"), "--sweep", "2", "--data", _data);

        Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString());
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(_work.Combine("sweep.json")));
        var root = json.RootElement;
        var hangzhou = root.GetProperty("cities").EnumerateArray().Single(c => c.GetProperty("code").GetString() == Hangzhou.Code);
        var selfService = hangzhou.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "standard.selfservice");
        var first = root.GetProperty("changes")[0];
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("source").GetString(), Does.StartWith("sweep 2 (").And.Contain("2 of 2 cities done"));
            Assert.That(root.GetProperty("baseline").GetString(), Does.StartWith("previous finished sweep 1 ("));
            Assert.That(selfService.GetProperty("score").GetDouble(), Is.EqualTo(50), "the sweep's run found one channel; the later run outside the sweep found none");
            Assert.That(selfService.GetProperty("scenarios")[0].GetProperty("runId").GetInt64(), Is.EqualTo(4), "杭州's run of sweep 2 is run 4 (run 3 belongs to no sweep)");
            Assert.That((first.GetProperty("city").GetString(), first.GetProperty("indicator").GetString(), first.GetProperty("kind").GetString()),
                Is.EqualTo((Hangzhou.Code, "standard.selfservice", "regressed")));
            Assert.That(root.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("city").GetString()), Has.None.EqualTo(Suzhou.Code), "苏州 did not change");
            Assert.That(export.Out, Does.Contain("1 / 2 个城市提供两种及以上自主查询渠道（50.00%）"));
            Assert.That(export.Out, Does.Contain("compared with the previous finished sweep 1"));
        });
    }

    [Test]
    public async Task ExportCsv_FirstSweep_HasNoBaseline()
    {
        var export = await _cli.RunAsync("export", "--format", "csv", "--out", _work.Combine("first.csv"), "--sweep", "1", "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(export.ExitCode, Is.EqualTo(0), export.ToString());
            Assert.That(export.Out, Does.Contain("2 / 2 个城市提供两种及以上自主查询渠道（100.00%）"));
            Assert.That(export.Out, Does.Not.Contain("compared with"));
        });
    }

    [TestCase("3", "sweep 3 is empty: none of its 1 cities has completed a run yet")]
    [TestCase("9", "there is no sweep 9")]
    public async Task Export_EmptyOrUnknownSweep_Exits2AndWritesNothing(string sweep, string message)
    {
        var export = await _cli.RunAsync("export", "--format", "xlsx", "--out", _work.Combine("s.xlsx"), "--sweep", sweep, "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(export.ExitCode, Is.EqualTo(2), export.ToString());
            Assert.That(export.Error, Does.Contain(message).And.Contain("nothing was written"));
            Assert.That(Directory.GetFiles(_work.Path), Is.Empty, "no export, manifest, checksum or temporary file");
        });
    }

    [Test]
    public async Task Report_SecondSweep_ShowsItsRunsScoresAndATrendOverBothSweeps()
    {
        var report = await _cli.RunAsync("report", "--out", _work.Combine("report"), "--sweep", "2", "--data", _data);

        Assert.That(report.ExitCode, Is.EqualTo(0), report.ToString());
        Assert.That(report.Out, Does.Contain("report of 2 cities (sweep 2 ("));
        var index = await File.ReadAllTextAsync(_work.Combine("report", "index.html"));
        var city = await File.ReadAllTextAsync(_work.Combine("report", "cities", Hangzhou.Code + ".html"));
        Assert.Multiple(() =>
        {
            Assert.That(index, Does.Contain("sweep 2 (").And.Not.Contain("id=\"not-scored\""));
            Assert.That(index, Does.Contain("提供两种及以上自主查询渠道").And.Contain("1 / 2"));
            Assert.That(city, Does.Contain("standard.selfservice").And.Contain("自主查询渠道"));
            Assert.That(city, Does.Contain("sweep 1 ").And.Contain("sweep 2 "), "the trend has a point per sweep");
            Assert.That(city, Does.Not.Contain("run 3 "), "the run outside the sweeps is not on the sweep trend");
        });
    }

    [Test]
    public async Task Report_EmptySweep_Exits1AndWritesNothing()
    {
        var report = await _cli.RunAsync("report", "--out", _work.Combine("report"), "--sweep", "3", "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(report.ExitCode, Is.EqualTo(1), report.ToString());
            Assert.That(report.Error, Does.Contain("sweep 3 is empty"));
            Assert.That(Directory.Exists(_work.Combine("report")), Is.False);
        });
    }

    [Test]
    public async Task Report_BrokenCatalogue_Exits2WithFileAndLine()
    {
        var catalogue = _work.Write("bad.yaml", "indicators:\n  - { id: a, name: 甲, weight: 90, rule: { verdict: login } }\n");

        var report = await _cli.RunAsync("report", "--out", _work.Combine("report"), "--indicators", catalogue, "--data", _data);

        Assert.Multiple(() =>
        {
            Assert.That(report.ExitCode, Is.EqualTo(2), report.ToString());
            Assert.That(report.Error, Does.Contain("bad.yaml:1:1: error: the weights of the first-level indicators add up to 90, not 100"));
            Assert.That(Directory.Exists(_work.Combine("report")), Is.False);
        });
    }

    private static async Task SweepAsync(
        SqliteSweepStore sweeps, SqliteResultStore results, DateTimeOffset at, bool finish, params (CityInfo City, int SearchChannels)[] cities)
    {
        var sweep = await sweeps.CreateAsync(Request([.. cities.Select(c => c.City)]), at, CancellationToken.None);
        foreach (var (city, channels) in cities)
        {
            await sweeps.MarkRunningAsync(sweep.Id, city.Code, at, CancellationToken.None);
            var runId = await StoreRunAsync(results, city, at, channels);
            await sweeps.MarkDoneAsync(sweep.Id, city.Code, runId, at.AddMinutes(1), CancellationToken.None);
        }

        if (finish)
        {
            await sweeps.FinishAsync(sweep.Id, at.AddMinutes(2), CancellationToken.None);
        }
    }

    private static SweepRequest Request(params CityInfo[] cities) =>
        new([.. cities.Select(c => c.Code)], "/srv/checks", new Dictionary<string, string> { ["port"] = "8080" }, "dry-run", null, 2);

    private static async Task<long> StoreRunAsync(SqliteResultStore store, CityInfo city, DateTimeOffset at, int searchChannels)
    {
        var runId = await store.BeginRunAsync(new RunStart(city, $"checks/cities/{city.Code}.yaml", "dry-run", at), CancellationToken.None);
        var attempt = new AttemptResult(1, searchChannels >= 2 ? Verdict.Pass : Verdict.Fail, "self-service checked", null, at, TimeSpan.FromSeconds(1),
            [new StepResult(0, "goto", "goto home", new SourceLocation("x.yaml", 1, 1), StepOutcome.Passed, null, TimeSpan.FromSeconds(1))], []);
        await store.SaveScenarioAsync(runId, new ScenarioResult("selfservice", ScenarioKind.SelfService, ChannelKind.Web, [attempt],
            [FactValue.Of(FactRegistry.Mode, "dry-run"), FactValue.Of(FactRegistry.SearchChannels, searchChannels), FactValue.Of(FactRegistry.EnterpriseEntrance, true)]), CancellationToken.None);
        await store.CompleteRunAsync(runId, at.AddMinutes(1), CancellationToken.None);
        return runId;
    }
}
