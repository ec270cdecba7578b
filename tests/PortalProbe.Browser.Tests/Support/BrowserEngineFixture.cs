using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Results;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// One Chromium and one set of simulated portals per fixture, as playwright-dotnet's NUnit fixtures do; each
/// test gets its own workspace (checks folder, database, evidence). Timeouts are short so that a failing
/// scenario and its re-check take seconds, not minutes. Portals live in 127.78.0.0/16, loopback only.
/// </summary>
internal abstract class BrowserEngineFixture
{
    protected static readonly CancellationToken None = CancellationToken.None;

    private SimulatorHost? _simulator;
    private BrowserSession? _browser;
    private BrowserConfig? _config;
    private ProbeWorkspace? _workspace;

    /// <summary>The simulated portals this fixture serves.</summary>
    protected abstract IReadOnlyList<PortalPersonality> Portals { get; }

    /// <summary>The question bank the simulated chatbots answer from.</summary>
    protected virtual Simulator.Chatbot.QuestionBank Questions => Simulator.Chatbot.QuestionBank.BuiltIn;

    protected BrowserConfig Config => _config ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>The simulator's clock; a fixture that moves time hands in a <c>SimulatorClock</c> it also gives the runner.</summary>
    protected virtual TimeProvider SimulatorTime => TimeProvider.System;

    protected int Port => _simulator?.Port ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>A dry run of a script with <c>runtime: [port]</c> served by this fixture's simulator.</summary>
    protected RunRequest Request(string? scenario = null) =>
        new(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, scenario);

    /// <summary>A live run of the same script inside the workspace's campaign: live-only steps are performed, once.</summary>
    protected async Task<RunRequest> LiveRequestAsync(string? scenario = null) =>
        Request(scenario) with { LiveCampaign = await Workspace.CampaignAsync() };

    [OneTimeSetUp]
    public async Task StartBrowserAndPortalsAsync()
    {
        BrowserRequirement.Ensure();
        var loaded = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, Environment.GetEnvironmentVariable);
        _config = loaded with
        {
            Timeouts = new TimeoutSettings(Step: TimeSpan.FromSeconds(2), Navigation: TimeSpan.FromSeconds(3), Scenario: TimeSpan.FromSeconds(30)),
            Recheck = new RecheckSettings(Attempts: 1, Delay: TimeSpan.FromMilliseconds(200)),

            // Every portal here is simulated, so SMS codes come from its test endpoint; SmsSourceTests set their own.
            Sms = SmsSource.Simulator,
        };
        _simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = Portals, Time = SimulatorTime, Questions = Questions }, None);
        _browser = await BrowserSession.LaunchAsync(_config.Chromium, None);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAndPortalsAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }

    /// <summary>A fresh workspace for each test: checks folder, database and evidence.</summary>
    protected ProbeWorkspace Workspace => _workspace ?? throw new InvalidOperationException("no test is running");

    [SetUp]
    public async Task CreateWorkspaceAsync() => _workspace = await ProbeWorkspace.CreateAsync();

    [TearDown]
    public async Task DeleteWorkspaceAsync()
    {
        if (_workspace is not null)
        {
            await _workspace.DisposeAsync();
            _workspace = null;
        }
    }

    /// <summary>Writes <paramref name="yaml"/> as the city script <c>CODE-test.yaml</c>, loads it and runs it with this fixture's browser.</summary>
    protected async Task<CityRunResult> RunCityAsync(string code, string yaml, RunRequest request, Func<string, string?>? environment = null)
    {
        var script = Workspace.WriteCity(CityFile(code), yaml, environment);
        return await Workspace.Runner(SharedBrowserAsync, Config, environment).RunAsync(script, request, None);
    }

    protected static string CityFile(string code) => $"{code}-test.yaml";

    /// <summary>The fixture's browser, as the runner's factory hands it out; the fixture, not the runner, closes it.</summary>
    protected Task<BrowserSession> SharedBrowserAsync(CancellationToken cancellationToken) =>
        Task.FromResult(_browser ?? throw new InvalidOperationException("the fixture has not started"));
}
