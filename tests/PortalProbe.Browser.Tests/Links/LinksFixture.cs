using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Links;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>
/// One Chromium and one simulator per fixture, a fresh browser context per test. Everything listens in
/// 127.79.0.0/16 on loopback: portals on 127.79.0.x, external sites on 127.79.1.x, refused links on 127.79.255.254.
/// Timeouts are a second or two, not the 15 s of the government rule, so a hanging link costs seconds.
/// </summary>
internal abstract class LinksFixture
{
    public const string RefusedAddress = "127.79.255.254";

    protected static readonly ExternalSite Province = new("zj", "浙江政务服务网", "127.79.1.1");

    private SimulatorHost? _simulator;
    private BrowserSession? _browser;
    private IBrowserContext? _context;

    protected static CancellationToken Ct => TestContext.CurrentContext.CancellationToken;

    /// <summary>The simulator's own record of the requests it received.</summary>
    protected RequestLog Requests { get; } = new();

    protected abstract IReadOnlyList<PortalPersonality> Portals { get; }

    protected SimulatorHost Simulator => _simulator ?? throw new InvalidOperationException("the fixture has not started");

    protected BrowserSession Browser => _browser ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>This test's browser context.</summary>
    protected IBrowserContext Context => _context ?? throw new InvalidOperationException("no test is running");

    /// <summary>Short timeouts for loopback portals; no polite gap unless a test asks for one.</summary>
    protected static LinkOptions FastOptions => new()
    {
        RequestTimeout = TimeSpan.FromSeconds(1),
        PoliteDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        RecheckDelay = TimeSpan.FromMilliseconds(300),
        MaxDepth = 0,
        BreakerMinimumThroughput = 100,
        AvailabilityInterval = TimeSpan.FromMilliseconds(50),
    };

    protected static PortalPersonality Portal(string code, string city, string address, string ticketPrefix, params PortalLink[] links) =>
        new(code, city, address, ticketPrefix) { Links = links };

    protected Uri Home(string code) => Simulator.BaseUri(code);

    [OneTimeSetUp]
    public async Task StartBrowserAndSimulatorAsync()
    {
        BrowserRequirement.Ensure();
        var config = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, Environment.GetEnvironmentVariable);
        _simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions
            {
                Portals = Portals,
                ExternalSites = [Province],
                RefusedAddress = RefusedAddress,
                LoggerFactory = Requests,
                MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Information,
            },
            CancellationToken.None);
        _browser = await BrowserSession.LaunchAsync(config.Chromium, CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopBrowserAndSimulatorAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        Requests.Dispose();
    }

    [SetUp]
    public async Task OpenContextAsync() => _context = await Browser.Browser.NewContextAsync(new BrowserNewContextOptions { UserAgent = "PortalProbe-LinkTest" });

    [TearDown]
    public async Task CloseContextAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
            _context = null;
        }
    }
}
