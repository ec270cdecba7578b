using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Engine;

/// <summary>Whole city runs in Chromium against simulated portals: verdicts, reasons, re-checks and facts.</summary>
internal sealed class CityRunnerTests : BrowserEngineFixture
{
    private const string Working = "127.78.1.1";
    private const string HomeDown = "127.78.1.2";
    private const string Hanging = "127.78.1.3";
    private const string Flaky = "127.78.1.4";
    private const string NobodyListens = "127.78.1.9";

    private const string HomeScenario = """
          - name: home
            kind: custom
            steps:
              - use: sim/home
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330101", "测试甲市", Working, "JA"),
        new("330102", "测试乙市", HomeDown, "YI") { Broken = PortalFaults.Home },
        new("330103", "测试丙市", Hanging, "BI") { Broken = PortalFaults.Hang },
        new("330104", "测试丁市", Flaky, "DI") { Broken = PortalFaults.FlakyHome },
    ];

    [Test]
    public async Task RunAsync_HomeFailsOnceThenWorks_PassesFlaggedFlakyKeepingBothAttempts()
    {
        var run = await RunCityAsync("330104", CityYaml.For("330104", Flaky, HomeScenario), Request());

        var home = run.Scenarios.Single();
        var stored = (await Workspace.Results.LatestRunAsync("330104", None))!.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(home));
            Assert.That(home.Flaky, Is.True);
            Assert.That(home.Attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail, Verdict.Pass }));
            Assert.That(home.Attempts[0].Reason, Does.Contain("HTTP 503"));
            Assert.That(home.Attempts[0].Evidence.Select(e => e.Kind), Is.SupersetOf(new[] { EvidenceKind.Screenshot, EvidenceKind.Html, EvidenceKind.Trace }));
            Assert.That(stored.Flaky, Is.True, "the flaky flag must survive storage");
            Assert.That(stored.Attempts, Has.Count.EqualTo(2));
            Assert.That(run.ExitCode, Is.Zero, "a flaky pass does not fail the run");
        }
    }

    [Test]
    public async Task RunAsync_BrowserGoneBeforeTheContextOpens_RecordsErrorsAndCompletesTheRun()
    {
        var closed = await BrowserSession.LaunchAsync(Config.Chromium, None);
        await closed.DisposeAsync();
        var script = Workspace.WriteCity(CityFile("330101"), CityYaml.For("330101", Working, HomeScenario), null);

        var run = await Workspace.Runner(_ => Task.FromResult(closed), Config).RunAsync(script, Request(), None);

        var home = run.Scenarios.Single();
        var stored = await Workspace.Results.LatestRunAsync("330101", None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Error));
            Assert.That(home.Reason, Does.StartWith("could not open a browser context for the web channel: "));
            Assert.That(stored!.Complete, Is.True, "the run is recorded whole, with its errors");
            Assert.That(run.ExitCode, Is.EqualTo(3));
        }
    }

    [Test]
    public async Task RunAsync_WorkingHomePage_PassesWithFactsAndStoresTheRun()
    {
        var run = await RunCityAsync("330101", CityYaml.For("330101", Working, HomeScenario), Request());

        var home = run.Scenarios.Single();
        var stored = await Workspace.Results.LatestRunAsync("330101", None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(home));
            Assert.That(home.Reason, Is.EqualTo("all 5 steps passed"));
            Assert.That(home.Attempts, Has.Count.EqualTo(1));
            Assert.That(StoredRun.Fact(home, FactRegistry.Mode.Name), Is.EqualTo("dry-run"));
            Assert.That(StoredRun.Fact(home, FactRegistry.StepsTotal.Name), Is.EqualTo("5"));
            Assert.That(StoredRun.Fact(home, FactRegistry.StepsPassed.Name), Is.EqualTo("5"));
            Assert.That(long.Parse(StoredRun.Fact(home, FactRegistry.EntryLoad.Name), CultureInfo.InvariantCulture), Is.InRange(0, 3000));
            Assert.That(StoredRun.Fact(home, FactRegistry.PageHttpStatus.Name), Is.EqualTo("200"));
            Assert.That(run.ExitCode, Is.Zero);
            Assert.That(stored?.Complete, Is.True);
            Assert.That(stored?.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Pass));
            Assert.That(stored?.Scenarios.Single().Facts, Is.EquivalentTo(home.Facts));
        }
    }

    [Test]
    public async Task RunAsync_HomeAnswers503_FailsNamingTheStepTheTemplateAndTheUseSite()
    {
        var yaml = CityYaml.For("330102", HomeDown, HomeScenario);

        var run = await RunCityAsync("330102", yaml, Request());

        var home = run.Scenarios.Single();
        var template = Path.Combine(Workspace.ChecksRoot, "templates", "sim", "home.yaml");
        var useSite = $"{Workspace.CityPath(CityFile("330102"))}:{CityYaml.LineColumnOf(yaml, "use: sim/home")}";
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(home.Reason, Does.StartWith($"step 1 of 5 '打开首页' at {template}:5:5 (template step, used at {useSite}) failed: "));
            Assert.That(home.Reason, Does.Contain("HTTP 503"));
            Assert.That(home.Final.Steps.Select(s => s.Outcome), Is.EqualTo(new[]
            {
                StepOutcome.Failed, StepOutcome.NotRun, StepOutcome.NotRun, StepOutcome.NotRun, StepOutcome.NotRun,
            }));
            Assert.That(StoredRun.Fact(home, FactRegistry.PageHttpStatus.Name), Is.EqualTo("503"));
            Assert.That(StoredRun.Fact(home, FactRegistry.StepsPassed.Name), Is.EqualTo("0"));
            Assert.That(run.ExitCode, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task RunAsync_ScenarioFails_IsCheckedAgainAndKeepsBothAttempts()
    {
        var run = await RunCityAsync("330102", CityYaml.For("330102", HomeDown, HomeScenario), Request());

        var home = run.Scenarios.Single();
        var stored = (await Workspace.Results.LatestRunAsync("330102", None))!.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Fail) }));
            Assert.That(home.Attempts[1].StartedAt, Is.GreaterThanOrEqualTo(home.Attempts[0].StartedAt + home.Attempts[0].Duration + TimeSpan.FromMilliseconds(190)),
                "the second attempt starts after the re-check delay (200 ms; timers may fire a little early)");
            Assert.That(home.Flaky, Is.False);
            Assert.That(stored.Attempts, Has.Count.EqualTo(2));
            Assert.That(stored.Attempts.Select(a => a.Evidence.Count), Is.All.GreaterThanOrEqualTo(3));
        }
    }

    [Test]
    public async Task RunAsync_PortalHangs_FailsAsTimedOut()
    {
        var run = await RunCityAsync("330103", CityYaml.For("330103", Hanging, HomeScenario), Request());

        var home = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(home.Reason, Does.Contain("'打开首页'").And.Contain("failed: timed out after 3s"));
            Assert.That(home.Attempts, Has.Count.EqualTo(2));
            foreach (var attempt in home.Attempts)
            {
                Assert.That(attempt.Evidence.Select(e => e.Kind), Is.SupersetOf(new[] { EvidenceKind.Screenshot, EvidenceKind.Html, EvidenceKind.Trace }),
                    $"attempt {attempt.Number}: the blank page a citizen saw is kept");
                Assert.That(attempt.Duration, Is.LessThan(Config.Timeouts.Navigation + Config.Timeouts.Step),
                    $"attempt {attempt.Number}: the evidence does not wait out a step timeout on the hung navigation");
            }
        }
    }

    [Test]
    public async Task RunAsync_NothingListensOnThePort_FailsAsUnreachable()
    {
        var yaml = CityYaml.For("330104", NobodyListens, HomeScenario);

        var run = await RunCityAsync("330104", yaml, Request() with { Vars = new Dictionary<string, string> { ["port"] = ClosedPort() } });

        var home = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(home.Reason, Does.EndWith("failed: the portal could not be reached (ERR_CONNECTION_REFUSED)"));
            Assert.That(home.Final.Hint, Is.Null);
        }
    }

    [Test]
    public async Task RunAsync_ScenarioFilter_RunsOnlyThatScenario()
    {
        var yaml = CityYaml.For("330101", Working, HomeScenario + """

              - name: faq
                kind: selfservice
                steps:
                  - goto: ${entry}faq
                  - expect: { count: "dl.faq dt", at-least: 1 }
            """);

        var run = await RunCityAsync("330101", yaml, Request(scenario: "faq"));

        Assert.That(run.Scenarios.Select(s => (s.Scenario, s.Verdict)), Is.EqualTo(new[] { ("faq", Verdict.Pass) }));
    }

    [Test]
    public async Task RunAsync_WechatChannel_PresentsTheWeChatUserAgentOnAMobileViewport()
    {
        // The simulator does not echo the user agent, so a data: page (no network at all) shows what the page sees.
        var yaml = CityYaml.For("330101", Working, """
              - name: device
                kind: custom
                steps:
                  - goto: "data:text/html,<meta name=viewport content=width=device-width><p id=ua></p><p id=w></p><script>ua.textContent=navigator.userAgent;w.textContent='width='+innerWidth</script>"
                  - expect: { text: "#ua", contains: MicroMessenger }
                  - expect: { text: "#w", contains: width=390 }
            """, "wechat");

        var run = await RunCityAsync("330101", yaml, Request());

        Assert.That(run.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(run.Scenarios.Single()));
    }

    /// <summary>A port on <see cref="NobodyListens"/> that was free a moment ago and is closed again.</summary>
    private static string ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Parse(NobodyListens), 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port.ToString(CultureInfo.InvariantCulture);
    }
}
