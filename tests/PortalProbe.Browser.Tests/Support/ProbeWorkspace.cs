using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Checks;
using PortalProbe.Scripts;
using PortalProbe.Campaigns;
using PortalProbe.Storage;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Results;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// What one engine test works in: a checks folder (with a copy of the repository's templates), a data directory
/// with a real SQLite result store and evidence store, and the log lines the run wrote.
/// </summary>
internal sealed class ProbeWorkspace : IAsyncDisposable
{
    private readonly TempDirectory _temp;

    private ProbeWorkspace(TempDirectory temp, DataDirectory data, SqliteResultStore results, SqliteCampaignStore campaigns, CapturingLoggerFactory logs)
    {
        _temp = temp;
        Data = data;
        Results = results;
        Campaigns = campaigns;
        Logs = logs;
        Evidence = new ContentAddressedEvidenceStore(data, TimeProvider.System);
    }

    public string ChecksRoot => _temp.Combine("checks");

    public DataDirectory Data { get; }

    public SqliteResultStore Results { get; }

    public SqliteCampaignStore Campaigns { get; }

    public ContentAddressedEvidenceStore Evidence { get; }

    public CapturingLoggerFactory Logs { get; }

    public static async Task<ProbeWorkspace> CreateAsync()
    {
        var temp = new TempDirectory("portalprobe-browser");
        try
        {
            CopyDirectory(Path.Combine(RepoPaths.Checks, "templates"), temp.Combine("checks", "templates"));
            var data = DataDirectory.Resolve(temp.Combine("data"), _ => null, temp.Path);
            var logs = new CapturingLoggerFactory();
            var results = await SqliteResultStore.OpenAsync(data, new StorageOptions(), TimeProvider.System, logs, CancellationToken.None);
            var campaigns = await SqliteCampaignStore.OpenAsync(data, new StorageOptions(), TimeProvider.System, logs, CancellationToken.None);
            return new ProbeWorkspace(temp, data, results, campaigns, logs);
        }
        catch
        {
            temp.Dispose();
            throw;
        }
    }

    /// <summary>Writes a city script under <c>cities/</c> and loads it; fails the test on any diagnostic error.</summary>
    public CheckScript WriteCity(string fileName, string yaml, Func<string, string?>? environment = null)
    {
        var path = _temp.Write(Path.Combine("checks", "cities", fileName), yaml);
        var library = ScriptLibrary.Load(ChecksRoot, environment ?? (_ => null));
        var found = library.FindCity(fileName[..6]);
        Assert.That(found.HasErrors, Is.False, () => $"{path} does not validate:\n" + string.Join("\n", found.Diagnostics));
        return found.Value!;
    }

    public string CityPath(string fileName) => Path.Combine(ChecksRoot, "cities", fileName);

    public CityRunner Runner(
        Func<CancellationToken, Task<BrowserSession>> browser, BrowserConfig config, Func<string, string?>? environment = null, ScenarioServices? services = null) =>
        new(browser, config, Results, Evidence, Campaigns, TimeProvider.System, environment ?? (_ => null), Logs.CreateLogger<CityRunner>(), services);

    /// <summary>The workspace's one evaluation campaign, opened on first use: live runs happen only inside it.</summary>
    public async Task<Campaign> CampaignAsync() =>
        await Campaigns.FindOpenAsync(CancellationToken.None)
        ?? await Campaigns.StartAsync("browser-tests", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

    public ValueTask DisposeAsync()
    {
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
