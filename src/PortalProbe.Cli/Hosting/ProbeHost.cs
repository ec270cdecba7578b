using Microsoft.Extensions.Logging;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Sms;
using PortalProbe.Browser.Links;
using PortalProbe.Storage;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Results;

namespace PortalProbe.Cli.Hosting;

/// <summary>
/// Wires one command's services: the data directory, logging, the stores and, only when a command needs it,
/// one Chromium for the whole process.
/// </summary>
internal sealed class ProbeHost : IAsyncDisposable
{
    private readonly CliEnvironment _environment;
    private readonly string? _configPath;
    private readonly SemaphoreSlim _browserStart = new(1, 1);
    private BrowserSession? _browser;
    private BrowserConfig? _config;
    private HostTraffic? _traffic;

    private ProbeHost(
        CliEnvironment environment, DataDirectory data, ILoggerFactory loggers, SqliteResultStore results, SqliteCampaignStore campaigns, string? configPath)
    {
        _environment = environment;
        _configPath = configPath;
        Data = data;
        Loggers = loggers;
        Results = results;
        Campaigns = campaigns;
        Evidence = new ContentAddressedEvidenceStore(data, environment.Time);
    }

    public DataDirectory Data { get; }

    public ILoggerFactory Loggers { get; }

    public SqliteResultStore Results { get; }

    public SqliteCampaignStore Campaigns { get; }

    public ContentAddressedEvidenceStore Evidence { get; }

    public BrowserConfig BrowserConfig =>
        _config ??= BrowserConfigLoader.Load(ProjectPaths.ConfigFile(_environment, _configPath), _environment.Variables);

    /// <summary>True when the command line named a configuration file, whose settings then win.</summary>
    public bool ConfigGiven => _configPath is not null;

    /// <summary>Adjusts the loaded configuration for this command (the demo's loopback timeouts).</summary>
    public void Adjust(Func<BrowserConfig, BrowserConfig> change) => _config = change(BrowserConfig);

    public static async Task<ProbeHost> OpenAsync(
        CliEnvironment environment, string? dataPath, string? configPath, bool verbose, CancellationToken cancellationToken,
        string? progressSource = null)
    {
        var data = DataDirectory.Resolve(dataPath, environment.Variables, environment.WorkingDirectory);
        var loggers = LoggingSetup.Create(data.LogsRoot, verbose, progressSource);
        try
        {
            var results = await SqliteResultStore.OpenAsync(
                data, new StorageOptions(), environment.Time, loggers, cancellationToken);
            var campaigns = new SqliteCampaignStore(
                data, new StorageOptions(), environment.Time, loggers.CreateLogger<SqliteCampaignStore>());
            return new ProbeHost(environment, data, loggers, results, campaigns, configPath);
        }
        catch
        {
            loggers.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A runner whose links checks all share the process's one <see cref="HostTraffic"/>, made from the configuration's
    /// <c>links</c> section on first use, so per-host politeness holds across cities running in parallel.
    /// </summary>
    public CityRunner CreateRunner(ScenarioServices services) => CreateRunner(services, LaunchBrowserAsync);

    /// <summary>A runner on a Chromium the caller provides (a sweep's recycled browser).</summary>
    public CityRunner CreateRunner(ScenarioServices services, Func<CancellationToken, Task<BrowserSession>> browser) => new(
        browser,
        BrowserConfig,
        Results,
        Evidence,
        Campaigns,
        _environment.Time,
        _environment.Variables,
        Loggers.CreateLogger<CityRunner>(),
        WithSharedTraffic(services),
        _environment.Input is { } input ? new SmsPrompt(input, _environment.Error, Interactive: true) : SmsPrompt.Unattended);

    public async ValueTask DisposeAsync()
    {
        if (_traffic is not null)
        {
            await _traffic.DisposeAsync();
        }

        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        Loggers.Dispose();
        _browserStart.Dispose();
    }

    private ScenarioServices WithSharedTraffic(ScenarioServices services)
    {
        _traffic ??= new HostTraffic(BrowserConfig.Links, _environment.Time, Loggers.CreateLogger<HostTraffic>());
        return services with { Links = _traffic.Options, Traffic = _traffic };
    }

    /// <summary>A Chromium of its own, closed by the caller (a sweep replaces its Chromium every so many cities).</summary>
    public Task<BrowserSession> LaunchNewBrowserAsync(CancellationToken cancellationToken) =>
        BrowserSession.LaunchAsync(BrowserConfig.Chromium, cancellationToken);

    /// <summary>One Chromium for the process, even when several cities start at once.</summary>
    private async Task<BrowserSession> LaunchBrowserAsync(CancellationToken cancellationToken)
    {
        await _browserStart.WaitAsync(cancellationToken);
        try
        {
            return _browser ??= await BrowserSession.LaunchAsync(BrowserConfig.Chromium, cancellationToken);
        }
        finally
        {
            _browserStart.Release();
        }
    }
}
