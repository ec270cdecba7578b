using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Links;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The links scenario kind end to end: a city script with a <c>links</c> check, run by the engine in Chromium against
/// simulated portals (working, broken, flaky, hanging) and a server that answers garbage, with the verdict, reason,
/// facts and evidence a user would look at. All links checks share one <see cref="HostTraffic"/>, as in the CLI.
/// </summary>
[CancelAfter(120_000)]
internal sealed class LinksCheckTests : BrowserEngineFixture
{
    private const string Working = "127.78.30.1";
    private const string Broken = "127.78.30.2";
    private const string Flaky = "127.78.30.3";
    private const string Hanging = "127.78.30.4";
    private const string Garbage = "127.78.30.9";
    private const int Seed = 11;

    private static readonly string FlakyPath = Enumerable.Range(1, 100).Select(i => $"/bszn/{i}.html")
        .First(p => FaultSchedule.Fails(Seed, "330303", p, 1, FaultPlan.DefaultIntermittentPercent));

    private static readonly LinkOptions Fast = new()
    {
        RequestTimeout = TimeSpan.FromSeconds(1),
        PoliteDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        RecheckDelay = TimeSpan.FromMilliseconds(200),
        AvailabilityInterval = TimeSpan.FromMilliseconds(50),
        BreakerMinimumThroughput = 100,
    };

    private HostTraffic? _traffic;
    private GarbagePortal? _garbage;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330301", "测试甲市", Working, "JA")
        {
            Links = [new("通知公告", "/tzgg/index.html", LinkBehaviour.Ok), new("互动交流", "/hdjl/index.html", LinkBehaviour.RedirectChain)],
        },
        new("330302", "测试乙市", Broken, "YI")
        {
            Links =
            [
                new("通知公告", "/tzgg/index.html", LinkBehaviour.Ok),
                new("已删除页面", "/ztzl/index.html", LinkBehaviour.NotFound),
                new("专题专栏", "/zt/index.html", LinkBehaviour.RedirectLoop),
            ],
        },
        new("330303", "测试丙市", Flaky, "BI")
        {
            Links = [new("通知公告", "/tzgg/index.html", LinkBehaviour.Ok), new("办事指南", FlakyPath, LinkBehaviour.Intermittent)],
            Faults = new FaultPlan { Seed = Seed },
        },
        new("330304", "测试丁市", Hanging, "DI") { Broken = PortalFaults.Hang },
    ];

    private ScenarioServices Services => ScenarioServices.None with { Links = Fast, Traffic = _traffic };

    [OneTimeSetUp]
    public async Task StartSharedTrafficAndGarbageAsync()
    {
        _traffic = new HostTraffic(Fast, TimeProvider.System);
        _garbage = await GarbagePortal.StartAsync(Garbage);
    }

    [OneTimeTearDown]
    public async Task StopSharedTrafficAndGarbageAsync()
    {
        if (_traffic is not null)
        {
            await _traffic.DisposeAsync();
        }

        if (_garbage is not null)
        {
            await _garbage.DisposeAsync();
        }
    }

    [Test]
    public async Task Links_WorkingPortal_PassesWithEveryLinkFact()
    {
        var result = await RunLinksAsync("330301", Working);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(int.Parse(StoredRun.Fact(result, FactRegistry.LinksChecked.Name), CultureInfo.InvariantCulture), Is.GreaterThanOrEqualTo(2));
            Assert.That(StoredRun.Fact(result, FactRegistry.LinksBroken.Name), Is.EqualTo("0"));
            Assert.That(StoredRun.Fact(result, FactRegistry.LinksFlaky.Name), Is.EqualTo("0"));
            Assert.That(StoredRun.Fact(result, FactRegistry.AvailabilityRatio.Name), Is.EqualTo("1"));
            Assert.That(StoredRun.Fact(result, FactRegistry.LoadMedian.Name), Is.Not.Empty);
            Assert.That(StoredRun.Fact(result, FactRegistry.LoadSlowest.Name), Is.Not.Empty);
            Assert.That(result.Reason, Does.Contain("0 broken, 0 flaky").And.Contain("open in 5 of 5 visits"));
            Assert.That(result.Attempts, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task Links_BrokenLinks_FailNamingEachLinkItsPageErrorAndChainWithEvidence()
    {
        var result = await RunLinksAsync("330302", Broken);

        var home = $"http://{Broken}:{Port}/";
        var json = JsonDocument.Parse(StoredRun.Bytes(Workspace, Evidence(result, EvidenceKind.Json).Single())).RootElement;
        var listed = json.GetProperty("links").EnumerateArray().ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, FactRegistry.LinksBroken.Name), Is.EqualTo("2"));
            Assert.That(result.Reason, Does.Contain($"http://{Broken}:{Port}/ztzl/index.html on {home}: ClientError, HTTP 404"));
            Assert.That(result.Reason, Does.Contain($"/zt/index.html on {home}: RedirectLoop"));
            Assert.That(result.Reason, Does.Contain($"chain GET http://{Broken}:{Port}/ztzl/index.html 404"));
            Assert.That(listed.Select(l => l.GetProperty("url").GetString()), Is.EquivalentTo(new[] { $"http://{Broken}:{Port}/ztzl/index.html", $"http://{Broken}:{Port}/zt/index.html" }));
            Assert.That(listed.Select(l => l.GetProperty("foundOn").GetString()), Is.All.EqualTo(home));
            Assert.That(listed.Select(l => l.GetProperty("outcome").GetString()), Is.All.EqualTo("broken"));
            Assert.That(listed.Single(l => l.GetProperty("status").ValueKind == JsonValueKind.Number && l.GetProperty("status").GetInt32() == 404)
                .GetProperty("chain").EnumerateArray().Select(h => h.GetProperty("status").GetInt32()), Is.EqualTo(new[] { 404 }));
            Assert.That(listed.Select(l => l.GetProperty("checks").GetInt32()), Is.All.EqualTo(2), "a broken link is confirmed by a re-check");
            var shots = Evidence(result, EvidenceKind.Screenshot).Where(e => e.Label?.StartsWith("broken links on", StringComparison.Ordinal) == true).ToList();
            Assert.That(shots, Is.Not.Empty, "the page on which the broken links were found is shown");
            Assert.That(shots.Select(s => s.Url), Is.All.EqualTo(home));
        }
    }

    [Test]
    public async Task Links_FlakyLink_PassesReportingItsFailureRatio()
    {
        var result = await RunLinksAsync("330303", Flaky);

        var json = JsonDocument.Parse(StoredRun.Bytes(Workspace, Evidence(result, EvidenceKind.Json).Single())).RootElement;
        var flaky = json.GetProperty("links").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, FactRegistry.LinksFlaky.Name), Is.EqualTo("1"));
            Assert.That(StoredRun.Fact(result, FactRegistry.LinksBroken.Name), Is.EqualTo("0"));
            Assert.That(result.Reason, Does.Contain($"Flaky: http://{Flaky}:{Port}{FlakyPath}").And.Contain("failed 50% of its checks"));
            Assert.That(flaky.GetProperty("outcome").GetString(), Is.EqualTo("flaky"));
            Assert.That(flaky.GetProperty("failureRatio").GetDouble(), Is.EqualTo(0.5));
            Assert.That(flaky.GetProperty("classification").GetString(), Is.EqualTo("serverError"));
        }
    }

    [Test]
    public async Task Links_HangingEntryPage_FailsWithTheReasonWithinTheTimeouts()
    {
        var clock = Stopwatch.StartNew();
        var result = await RunLinksAsync("330304", Hanging);
        clock.Stop();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain("The start page could not be read: no answer within 1000 ms"));
            Assert.That(result.Reason, Does.Contain("open in 0 of 1 visits").And.Contain("unreachable by the 5% rule").And.Contain("the other 4 of 5 planned visits were not made"));
            Assert.That(StoredRun.Fact(result, FactRegistry.AvailabilityRatio.Name), Is.EqualTo("0"));
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(40)), "two attempts of 1 s timeouts, not a hang");
        }
    }

    private static IEnumerable<TestCaseData> GarbagePages()
    {
        yield return new TestCaseData("empty", Verdict.Fail, "shows no link at all").SetName("Links_EmptyPage_FailsSayingThereIsNoLink");
        yield return new TestCaseData("noise", Verdict.Fail, "shows no link at all").SetName("Links_BytesThatAreNoHtml_FailsSayingThereIsNoLink");
        yield return new TestCaseData("loop", Verdict.Fail, "The start page could not be read: redirected back to").SetName("Links_EndlessRedirect_FailsNamingTheLoop");
        yield return new TestCaseData("mojibake/", Verdict.Pass, "2 links checked").SetName("Links_GbkSentAsUtf8_StillFindsAndChecksTheLinks");
    }

    [TestCaseSource(nameof(GarbagePages))]
    public async Task Links_GarbageAnswers_GiveAVerdictWithAReasonNotACrash(string path, Verdict verdict, string reason)
    {
        var yaml = CityYaml.For("330309", Garbage, $$"""
              - name: links
                kind: links
                check: { start: "${base}{{path}}", depth: 0 }
            """);
        var request = new RunRequest(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = _garbage!.Port.ToString(CultureInfo.InvariantCulture) });

        var result = await RunAsync("330309", yaml, request);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(verdict), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain(reason));
        }
    }

    private Task<ScenarioResult> RunLinksAsync(string code, string address) =>
        RunAsync(code, CityYaml.For(code, address, """
              - name: links
                kind: links
                check: { depth: 0 }
            """), Request());

    private async Task<ScenarioResult> RunAsync(string code, string yaml, RunRequest request)
    {
        var script = Workspace.WriteCity(CityFile(code), yaml);
        var run = await Workspace.Runner(SharedBrowserAsync, Config, services: Services).RunAsync(script, request, None);
        return run.Scenarios.Single();
    }

    private static IEnumerable<EvidenceRef> Evidence(ScenarioResult result, EvidenceKind kind) =>
        result.Attempts[^1].Evidence.Where(e => e.Kind == kind);
}
