using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Steps;

/// <summary>How steps end in Chromium: outdated selectors, human gates, live-only steps and a broken form.</summary>
internal sealed class StepOutcomeTests : BrowserEngineFixture
{
    private const string Working = "127.78.3.1";
    private const string RegistrationDown = "127.78.3.2";
    private const string Unfinished = "127.78.3.3";

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
        new("330301", "测试己市", Working, "JI"),
        new("330302", "测试庚市", RegistrationDown, "GE") { Broken = PortalFaults.Registration },
    ];

    [Test]
    public async Task Click_SelectorMatchesNothing_FailsWithTheOutdatedScriptHint()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, """
              - name: appeal
                kind: submission
                steps:
                  - goto: ${entry}
                  - click: "#old-appeal-button"
            """), Request());

        var appeal = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(appeal.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(appeal.Reason, Does.StartWith("step 2 of 2 'click #old-appeal-button' at ").And.Contain("failed: timed out after 2s"));
            Assert.That(appeal.Final.Hint, Is.EqualTo(FailureJudge.OutdatedHint));
            Assert.That(appeal.Final.Steps[1].Outcome, Is.EqualTo(StepOutcome.Failed));
        }
    }

    /// <summary>
    /// A click waits for the page it led to with the navigation timeout (3 s here), not the step's (2 s): the reason
    /// names the limit that ran out. It said "timed out after 2s: Timeout 3000ms exceeded".
    /// </summary>
    [Test]
    public async Task Click_LeadsToAPageThatNeverFinishesLoading_NamesTheNavigationTimeout()
    {
        await using var garbage = await GarbagePortal.StartAsync(Unfinished);
        var request = new RunRequest(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = garbage.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var run = await RunCityAsync("330303", CityYaml.For("330303", Unfinished, """
              - name: guide
                kind: custom
                steps:
                  - goto: ${entry}to-unfinished
                  - click: "#go"
            """), request);

        var guide = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(guide.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(guide));
            Assert.That(guide.Reason, Does.StartWith("step 2 of 2 'click #go' at ").And.Contain("failed: timed out after 3s: Timeout 3000ms exceeded"));
        }
    }

    [Test]
    public async Task Expect_TextThatIsNotThere_FailsAfterTheStepsOwnTimeoutSayingWhatTheTextWas()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, """
              - name: home
                kind: custom
                steps:
                  - goto: ${entry}
                  - expect: { text: h1, contains: 停止服务 }
                    timeout: 1s
            """), Request());

        var home = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(home.Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(home.Reason, Does.Contain("failed: expected text of h1 contains \"停止服务\", but after 1s the text is \"欢迎访问测试己市12345"));
            Assert.That(home.Final.Hint, Is.Null, "the element is there, so the script is not outdated");
        }
    }

    [Test]
    public async Task ManualWhen_ConditionHolds_StopsAsManualWithoutATrace()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, """
              - name: login
                kind: login
                steps:
                  - goto: ${entry}
                  - manual-when: { visible: { role: link, name: 用户注册 }, reason: 需要人工完成微信授权 }
                  - click: { role: link, name: 用户注册 }
            """), Request());

        var login = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(login.Verdict, Is.EqualTo(Verdict.Manual));
            Assert.That(login.Reason, Does.StartWith("step 2 of 3 ").And.EndWith("needs a human: 需要人工完成微信授权"));
            Assert.That(login.Attempts, Has.Count.EqualTo(1), "a human gate is not re-checked");
            Assert.That(login.Final.Steps.Select(s => s.Outcome), Is.EqualTo(new[] { StepOutcome.Passed, StepOutcome.Manual, StepOutcome.NotRun }));
            Assert.That(login.Evidence.Select(e => e.Kind), Has.None.EqualTo(EvidenceKind.Trace));
            Assert.That(login.Evidence.Select(e => e.Label), Does.Contain("needs-human"));
            Assert.That(run.ExitCode, Is.Zero);
        }
    }

    [Test]
    public async Task ManualWhen_ConditionDoesNotHold_GoesOn()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, """
              - name: home
                kind: custom
                steps:
                  - goto: ${entry}
                  - manual-when: { visible: "#captcha", reason: 图形验证码 }
                  - expect: { visible: { role: link, name: 用户注册 } }
            """), Request());

        Assert.That(run.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(run.Scenarios.Single()));
    }

    [Test]
    public async Task Extract_TextIntoAVariable_IsUsedByLaterSteps()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, """
              - name: faq
                kind: selfservice
                steps:
                  - goto: ${entry}faq
                  - extract: { css: "dl.faq dt", into: question }
                  - expect: { text: "dl.faq", contains: "${question}" }
                  - expect: { url: faq }
            """), Request());

        Assert.That(run.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(run.Scenarios.Single()));
    }

    [Test]
    public async Task LiveOnlyStep_InADryRun_PassesStoppingBeforeIt()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, RegisterScenario), Request(), Secrets());

        var register = run.Scenarios.Single();
        var steps = register.Final.Steps;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(register.StoppedForDryRun, Is.True);
            Assert.That(register.Reason, Does.StartWith("dry run: the 6 steps before '获取短信验证码' at "));
            Assert.That(steps.Take(6).Select(s => s.Outcome), Is.All.EqualTo(StepOutcome.Passed));
            Assert.That(steps.Skip(6).Select(s => s.Outcome), Is.All.EqualTo(StepOutcome.NotRun));
            Assert.That(steps.Skip(6).Select(s => s.Message), Is.All.StartsWith("dry run: not performed"));
            Assert.That(StoredRun.Fact(register, FactRegistry.Mode.Name), Is.EqualTo("dry-run"));
        }
    }

    [Test]
    public async Task LiveOnlyStep_InALiveRun_RegistersForReal()
    {
        var run = await RunCityAsync("330301", CityYaml.For("330301", Working, RegisterScenario), await LiveRequestAsync(), Secrets());

        var register = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(register.StoppedForDryRun, Is.False);
            Assert.That(register.Final.Steps.Select(s => s.Outcome), Is.All.EqualTo(StepOutcome.Passed));
            Assert.That(register.Final.Steps.Single(s => s.Description.Contains("注册成功", StringComparison.Ordinal)).Outcome, Is.EqualTo(StepOutcome.Passed));
            Assert.That(register.Evidence.Select(e => e.Label), Is.EqualTo(new[] { "register-form", "registered" }));
            Assert.That(StoredRun.Fact(register, FactRegistry.Mode.Name), Is.EqualTo("live"));
        }
    }

    [Test]
    public async Task LiveRun_RegistrationFormAnswers500_FailsNamingTheSubmitStep()
    {
        var run = await RunCityAsync("330302", CityYaml.For("330302", RegistrationDown, RegisterScenario), await LiveRequestAsync(), Secrets());

        var register = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(register));
            Assert.That(register.Reason, Does.Contain("'提交注册'"));
            Assert.That(register.Reason, Does.Contain("500"));
        }
    }

    [Test]
    public async Task LiveRun_RegisteredEarlierInTheCampaign_IsNotRepeatedAndNotCalledADryRun()
    {
        var secrets = Secrets();
        var yaml = CityYaml.For("330303", Working, RegisterScenario);
        var first = await RunCityAsync("330303", yaml, await LiveRequestAsync(), secrets);
        var second = await RunCityAsync("330303", yaml, await LiveRequestAsync(), secrets);

        var register = second.Scenarios.Single();
        var ledger = await Workspace.Campaigns.ActionsAsync((await Workspace.CampaignAsync()).Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(first.Scenarios.Single()));
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(register.Reason, Does.StartWith($"already performed live in this campaign by run {first.RunId}, not repeated"));
            Assert.That(register.StoppedForDryRun, Is.False, "a live run is never labelled a dry run");
            Assert.That(ledger.Select(a => (a.Key.Action, a.State, a.RunId)), Is.EqualTo(new[] { ("registration", PortalProbe.Campaigns.LiveActionState.Done, first.RunId) }));
        }
    }

    [Test]
    public async Task LiveRun_RegistrationFailedEarlierInTheCampaign_FailsAgainWithoutRetrying()
    {
        var secrets = Secrets();
        var yaml = CityYaml.For("330304", RegistrationDown, RegisterScenario);
        var first = await RunCityAsync("330304", yaml, await LiveRequestAsync(), secrets);
        var second = await RunCityAsync("330304", yaml, await LiveRequestAsync(), secrets);

        var ledger = await Workspace.Campaigns.ActionsAsync((await Workspace.CampaignAsync()).Id, None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Scenarios.Single().Attempts, Has.Count.EqualTo(1), "a failure after a live action is never re-checked");
            Assert.That(second.Scenarios.Single().Verdict, Is.EqualTo(Verdict.Fail));
            Assert.That(second.Scenarios.Single().Reason, Does.Contain($"the live action failed in run {first.RunId} of this campaign"));
            Assert.That(ledger.Single().State, Is.EqualTo(PortalProbe.Campaigns.LiveActionState.Failed));
        }
    }

    private static Func<string, string?> Secrets() =>
        Canaries.Environment(("PP_PHONE", Canaries.Phone()), ("PP_PASSWORD", Canaries.Password()));
}
