using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Testing;
using static PortalProbe.Browser.Tests.Support.ScriptBuilder;

namespace PortalProbe.Browser.Tests.Engine;

/// <summary>What a run does before any browser starts; the browser factory fails the test if it is called.</summary>
internal sealed class CityRunnerPreflightTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private ProbeWorkspace _workspace = null!;
    private int _launches;

    [SetUp]
    public async Task CreateWorkspaceAsync()
    {
        _workspace = await ProbeWorkspace.CreateAsync();
        _launches = 0;
    }

    [TearDown]
    public async Task DeleteWorkspaceAsync() => await _workspace.DisposeAsync();

    [Test]
    public async Task RunAsync_SecretMissing_RecordsErrorVerdictsWithoutLaunchingTheBrowser()
    {
        var script = new ScriptBuilder()
            .Scenario("register", Goto("${entry}register"), Fill("#phone", "${secret:PP_CANARY_PHONE}"))
            .Scenario("faq", Goto("${entry}faq"))
            .Build();

        var result = await Runner().RunAsync(script, new RunRequest(new Dictionary<string, string>()), None);

        var stored = await _workspace.Results.LatestRunAsync("330100", None);
        var register = result.Scenarios.Single(s => s.Scenario == "register");
        var faq = result.Scenarios.Single(s => s.Scenario == "faq");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(_launches, Is.Zero, "no browser may start when a secret is missing");
            Assert.That(register.Verdict, Is.EqualTo(Verdict.Error));
            Assert.That(register.Reason, Is.EqualTo(
                $"secret 'PP_CANARY_PHONE' is not set in the environment; {SourceFile} needs it for scenario 'register' on the web channel"));
            Assert.That(register.Final.Steps.Select(s => s.Outcome), Is.All.EqualTo(StepOutcome.NotRun));
            Assert.That(faq.Verdict, Is.EqualTo(Verdict.Error));
            Assert.That(faq.Reason, Does.Contain("a secret is missing"));
            Assert.That(result.ExitCode, Is.EqualTo(3));
            Assert.That(stored, Is.Not.Null);
            Assert.That(stored!.Complete, Is.True);
            Assert.That(stored.Scenarios.Select(s => (s.Scenario, s.Verdict)),
                Is.EquivalentTo(new[] { ("register", Verdict.Error), ("faq", Verdict.Error) }));
        }
    }

    [Test]
    public async Task RunAsync_TwoSecretsMissing_NamesBothInTheReason()
    {
        var script = new ScriptBuilder()
            .Scenario("login", Fill("#phone", "${secret:PP_A}"), Fill("#password", "${secret:PP_B}"))
            .Build();

        var result = await Runner().RunAsync(script, new RunRequest(new Dictionary<string, string>()), None);

        Assert.That(result.Scenarios.Single().Reason, Does.StartWith("secrets 'PP_A', 'PP_B' are not set in the environment;"));
    }

    [Test]
    public async Task RunAsync_MissingRuntimeVariable_ThrowsBeforeAnythingIsStored()
    {
        var script = new ScriptBuilder().Runtime("port").Scenario("home", Goto("http://127.78.0.1:${port}/")).Build();

        var error = Assert.ThrowsAsync<RunRequestException>(() => Runner().RunAsync(script, new RunRequest(new Dictionary<string, string>()), None));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Message, Does.Contain("--var port=VALUE"));
            Assert.That(await _workspace.Results.LatestRunAsync("330100", None), Is.Null);
            Assert.That(_launches, Is.Zero);
        }
    }

    private CityRunner Runner()
    {
        var config = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, _ => null);
        return _workspace.Runner(
            _ =>
            {
                _launches++;
                throw new InvalidOperationException("the browser must not be launched");
            },
            config);
    }
}
