using Microsoft.Playwright;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Campaigns;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Engine;

/// <summary>
/// A sweep's re-checks (<see cref="RunRequest.DeferRechecks"/>): the first pass leaves a failed scenario with one
/// attempt and the run incomplete; <see cref="CityRunner.RecheckAsync"/> appends the re-check once and completes it.
/// </summary>
internal sealed class CityRunnerRecheckTests : BrowserEngineFixture
{
    private const string Working = "127.78.6.1";
    private const string Flaky = "127.78.6.2";
    private const string RegistrationDown = "127.78.6.3";

    /// <summary>Its home page's one failed visit is this test's alone (a fixture's portals keep their state).</summary>
    private const string FlakyForLiveRecheck = "127.78.6.4";

    private const string HomeScenario = """
          - name: home
            kind: custom
            steps:
              - use: sim/home
        """;

    private const string RegisterScenario = """
          - name: register
            kind: registration
            steps:
              - use: sim/register
                with:
                  phone: ${secret:PP_PHONE}
                  password: ${secret:PP_PASSWORD}
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330601", "测试甲市", Working, "JA"),
        new("330602", "测试乙市", Flaky, "YI") { Broken = PortalFaults.HomeOutage },
        new("330603", "测试丙市", RegistrationDown, "BI") { Broken = PortalFaults.Registration },
        new("330604", "测试丁市", FlakyForLiveRecheck, "DI") { Broken = PortalFaults.HomeOutage },
    ];

    [Test]
    public async Task RecheckAsync_FirstPassFailedThenPortalWorks_AppendsTheRecheckOnceAndCompletesTheRun()
    {
        var script = Workspace.WriteCity(CityFile("330602"), CityYaml.For("330602", Flaky, HomeScenario));
        var runner = Workspace.Runner(SharedBrowserAsync, Config);
        var request = Request() with { DeferRechecks = true };

        var first = await runner.RunAsync(script, request, None);
        var stored = (await Workspace.Results.FindRunAsync(first.RunId, None))!;
        var rechecked = await runner.RecheckAsync(script, request, stored, None);
        var again = await runner.RecheckAsync(script, request, (await Workspace.Results.FindRunAsync(first.RunId, None))!, None);
        var final = (await Workspace.Results.FindRunAsync(first.RunId, None))!;

        // A crash after the re-check was stored but before the run was marked complete: resuming re-checks nothing.
        var resumed = await runner.RecheckAsync(script, request, final with { Complete = false }, None);
        var afterResume = (await Workspace.Results.FindRunAsync(first.RunId, None))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That((first.Complete, stored.Complete), Is.EqualTo((false, false)), "a run waiting for its re-check is not complete");
            Assert.That(stored.Scenarios.Single().Attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail }), "no re-check inside the run");
            Assert.That(rechecked.Complete, Is.True);
            Assert.That(final.Complete, Is.True);
            var home = final.Scenarios.Single();
            Assert.That((home.Verdict, home.Flaky), Is.EqualTo((Verdict.Pass, true)), StoredRun.Describe(home));
            Assert.That(home.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Pass) }));
            Assert.That(home.Attempts[0].Evidence.Select(e => e.Kind), Does.Contain(EvidenceKind.Trace), "the first attempt's evidence is kept");
            Assert.That(again.Scenarios.Single().Attempts, Has.Count.EqualTo(2), "a complete run is left as it is");
            Assert.That(resumed.Complete, Is.True);
            Assert.That(afterResume.Scenarios.Single().Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Pass) }),
                "a stored re-check is never run again");
            Assert.That(Workspace.Logs.Lines.Count(l => l.Contains("330602", StringComparison.Ordinal) && l.Contains("scenario home failed; checking again in", StringComparison.Ordinal)),
                Is.EqualTo(1), "the later re-check says so in the log, once");
        }
    }

    [Test]
    public async Task RunAsync_DeferRechecksAndNothingFails_CompletesTheRunAtOnce()
    {
        var run = await RunCityAsync("330601", CityYaml.For("330601", Working, HomeScenario), Request() with { DeferRechecks = true });

        Assert.That((run.Complete, (await Workspace.Results.FindRunAsync(run.RunId, None))!.Complete), Is.EqualTo((true, true)));
    }

    [Test]
    public async Task RunAsync_DeferRechecksLiveActionFailedAfterItsClaim_IsNotRecheckedAndTheRunCompletes()
    {
        var request = await LiveRequestAsync() with { DeferRechecks = true };
        var run = await RunCityAsync("330603", CityYaml.For("330603", RegistrationDown, RegisterScenario), request, Secrets());

        var register = run.Scenarios.Single();
        var ledger = await Workspace.Campaigns.ActionsAsync((await Workspace.CampaignAsync()).Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(register));
            Assert.That(register.Attempts, Has.Count.EqualTo(1), "checking again would repeat the live action");
            Assert.That(ledger.Single().RunId, Is.EqualTo(run.RunId), "the action was claimed in this run");
            Assert.That(run.Complete, Is.True, "nothing is left to re-check");
        }
    }

    [Test]
    public async Task RecheckAsync_LiveActionClaimedThenBudgetRunsOut_StoresTheRecheckAsAnError()
    {
        // The home page fails its first visit, before the live-only step: the first pass claims nothing and leaves a
        // re-check. The re-check claims the action, then waits on the page past what is left of the city's budget.
        var script = Workspace.WriteCity(CityFile("330604"), CityYaml.For("330604", FlakyForLiveRecheck, """
              - name: file
                kind: custom
                steps:
                  - use: sim/home
                  - expect: { text: h1, contains: 欢迎访问 }
                    live-only: true
                  - expect: { text: h1, contains: never-there }
                    timeout: 60s
            """));
        var runner = Workspace.Runner(SharedBrowserAsync, Config);
        var request = await LiveRequestAsync() with { DeferRechecks = true, TimeBudget = TimeSpan.FromSeconds(8) };

        var first = await runner.RunAsync(script, request, None);
        var rechecked = await runner.RecheckAsync(script, request, (await Workspace.Results.FindRunAsync(first.RunId, None))!, None);
        var final = (await Workspace.Results.FindRunAsync(first.RunId, None))!;
        var ledger = await Workspace.Campaigns.ActionsAsync((await Workspace.CampaignAsync()).Id, None);

        var file = final.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Scenarios.Single().Attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail }), "the first pass failed before the claim");
            Assert.That(file.Attempts.Select(a => (a.Number, a.Verdict)), Is.EqualTo(new[] { (1, Verdict.Fail), (2, Verdict.Error) }), StoredRun.Describe(file));
            Assert.That(file.Verdict, Is.EqualTo(Verdict.Error), "the first attempt's fail no longer says what happened");
            Assert.That(file.Reason, Does.Contain("city time budget exceeded while re-checking, after its live action had started"));
            Assert.That(rechecked.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Error), "the returned run says the same as the stored one");
            Assert.That(ledger.Select(a => (a.RunId, a.State)), Is.EqualTo(new[] { (first.RunId, LiveActionState.Started) }),
                "the action stays started: its outcome is unknown");
            Assert.That(final.Complete, Is.True);
        }
    }

    [Test]
    public async Task AttemptRunner_CancelledMidStep_ClosesItsPageAndStopsItsTrace()
    {
        var script = Workspace.WriteCity(CityFile("330601"), CityYaml.For("330601", Working, """
              - name: wait
                kind: custom
                steps:
                  - goto: ${entry}
                  - expect: { text: body, contains: never-there }
            """));
        var request = Request();
        await using var context = await (await SharedBrowserAsync(None)).Browser.NewContextAsync();
        var checks = new CheckSetup("330601", Cities.ChannelKind.Web, request, 1, ScenarioServices.None, Workspace.Campaigns);
        var sensitive = new SensitiveValues();
        var runner = new AttemptRunner(Workspace.Evidence, Config.Timeouts with { Step = TimeSpan.FromSeconds(20) }, sensitive, null, checks, TimeProvider.System, Workspace.Logs.CreateLogger<CityRunnerRecheckTests>());
        var scope = new VariableScope(
            new Dictionary<string, string>(StringComparer.Ordinal) { ["entry"] = $"http://{Working}:{request.Vars["port"]}/" }, _ => null, sensitive);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(3));

        Assert.CatchAsync<OperationCanceledException>(() => runner.RunAsync(context, script.Scenarios.Single(), scope, 1, cancel.Token));

        Assert.That(context.Pages, Is.Empty, "the attempt's page is closed");
        Assert.DoesNotThrowAsync(() => context.Tracing.StartAsync(), "the attempt's trace was stopped");
        await context.Tracing.StopAsync();
    }

    private static Func<string, string?> Secrets() =>
        Canaries.Environment(("PP_PHONE", Canaries.Phone()), ("PP_PASSWORD", Canaries.Password()));
}
