using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The facts of registration and submission scenarios, read off their steps in real runs: a working portal (dry and
/// live), a dead submit button, a captcha (manual) and a registration that answers HTTP 500.
/// </summary>
internal sealed class FormFactsTests : BrowserEngineFixture
{
    private const string Working = "127.78.4.1";
    private const string DeadButton = "127.78.4.2";
    private const string Captcha = "127.78.4.3";
    private const string RegistrationDown = "127.78.4.4";

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330401", "表单甲市", Working, "FA"),
        new("330402", "表单乙市", DeadButton, "FB") { Submission = SubmissionMode.DeadButton },
        new("330403", "表单丙市", Captcha, "FC") { Registration = RegistrationMode.Captcha },
        new("330404", "表单丁市", RegistrationDown, "FD") { Registration = RegistrationMode.Broken500 },
    ];

    [Test]
    public async Task DryRun_WorkingForm_ReachableFillableEnabledButNeverSubmitted()
    {
        var run = await RunAsync("330401", Working, Request(), FormScripts.Register, FormScripts.Submit);

        var submit = run.Scenarios.Single(s => s.Scenario == "submit");
        var register = run.Scenarios.Single(s => s.Scenario == "register");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(submit.StoppedForDryRun, Is.True, StoredRun.Describe(submit));
            Assert.That(Facts(submit), Is.EquivalentTo(new Dictionary<string, string>
            {
                [FactRegistry.SubmissionFormReachable.Name] = "true",
                [FactRegistry.SubmissionFillable.Name] = "true",
                [FactRegistry.SubmissionSubmitEnabled.Name] = "true",
            }), "a dry run never claims submitted or a ticket");
            Assert.That(Facts(register), Is.Empty, "a dry run never claims a registration");
        }
    }

    [Test]
    public async Task LiveRun_WorkingPortal_RegistersWithTheSimulatorSmsCodeAndSubmitsWithATicket()
    {
        var run = await RunAsync("330401", Working, await LiveRequestAsync(), FormScripts.Register, FormScripts.Submit);

        var submit = run.Scenarios.Single(s => s.Scenario == "submit");
        var register = run.Scenarios.Single(s => s.Scenario == "register");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(register));
            Assert.That(Facts(register), Is.EquivalentTo(new Dictionary<string, string> { [FactRegistry.RegistrationWorks.Name] = "true" }));
            Assert.That(submit.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(submit));
            Assert.That(StoredRun.Fact(submit, FactRegistry.SubmissionSubmitted.Name), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(submit, FactRegistry.SubmissionTicketObtained.Name), Is.EqualTo("true"));
            Assert.That(submit.Facts.Select(f => f.Name), Does.Not.Contain(FactRegistry.StepsBrokenAt.Name));
        }
    }

    [Test]
    public async Task LiveRun_DeadSubmitButton_EnabledButNotSubmittedAndBrokenAtTheConfirmation()
    {
        var run = await RunAsync("330402", DeadButton, await LiveRequestAsync(), FormScripts.Submit);

        var submit = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(submit.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(submit));
            Assert.That(StoredRun.Fact(submit, FactRegistry.SubmissionSubmitEnabled.Name), Is.EqualTo("true"));
            Assert.That(StoredRun.Fact(submit, FactRegistry.SubmissionSubmitted.Name), Is.EqualTo("false"));
            Assert.That(StoredRun.Fact(submit, FactRegistry.SubmissionTicketObtained.Name), Is.EqualTo("false"));
            Assert.That(StoredRun.Fact(submit, FactRegistry.StepsBrokenAt.Name), Does.Contain("提交成功"));
        }
    }

    [Test]
    public async Task LiveRun_ImageCaptcha_ManualBrokenAtTheCaptchaWithoutARegistrationFact()
    {
        var run = await RunAsync("330403", Captcha, await LiveRequestAsync(), FormScripts.Register);

        var register = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Manual), StoredRun.Describe(register));
            Assert.That(StoredRun.Fact(register, FactRegistry.StepsBrokenAt.Name), Does.StartWith("manual when"));
            Assert.That(register.Facts.Select(f => f.Name), Does.Not.Contain(FactRegistry.RegistrationWorks.Name), "a person is needed: unknown, not false");
        }
    }

    [Test]
    public async Task LiveRun_RegistrationAnswers500_RegistrationWorksFalse()
    {
        var run = await RunAsync("330404", RegistrationDown, await LiveRequestAsync(), FormScripts.Register);

        var register = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(register));
            Assert.That(StoredRun.Fact(register, FactRegistry.RegistrationWorks.Name), Is.EqualTo("false"));
            Assert.That(StoredRun.Fact(register, FactRegistry.StepsBrokenAt.Name), Is.Not.Empty);
        }
    }

    private async Task<Results.CityRunResult> RunAsync(string code, string address, RunRequest request, params string[] scenarios)
    {
        var script = Workspace.WriteCity(CityFile(code), FormScripts.City(code, address, scenarios), FormScripts.Secrets);
        var config = Config with { Sms = SmsSource.Simulator };
        return await Workspace.Runner(SharedBrowserAsync, config, FormScripts.Secrets).RunAsync(script, request, None);
    }

    /// <summary>The scenario's facts beyond the ones every scenario has.</summary>
    private static Dictionary<string, string> Facts(ScenarioResult result) => result.Facts
        .Where(f => f.Name is not ("mode" or "steps.total" or "steps.passed" or "entry.loadTime" or "page.httpStatus"))
        .ToDictionary(f => f.Name, f => f.Value);
}
