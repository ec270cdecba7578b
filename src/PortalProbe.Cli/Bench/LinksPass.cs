using System.Globalization;
using System.Text.Json;
using PortalProbe.Browser.Engine;
using PortalProbe.Checks;
using PortalProbe.Cli.Hosting;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Bench;

/// <summary>
/// PortalProbe's side of the link-checking comparison: every city's <c>links</c> scenario alone (crawl, HEAD-then-GET
/// checks, confirming re-checks, availability visits), <c>parallel</c> cities at once through the same runner a sweep
/// uses, with one shared per-host traffic limiter; timed from the first city to the last.
/// </summary>
internal static class LinksPass
{
    public static async Task<BenchPhase> RunAsync(
        CliEnvironment environment, string dataFolder, string? configPath, string checksFolder, IReadOnlyList<string> cities, int port, int parallel,
        CancellationToken cancellationToken)
    {
        await using var host = await ProbeHost.OpenAsync(environment, dataFolder, configPath, verbose: false, cancellationToken);
        var library = ScriptLibrary.Load(checksFolder, environment.Variables);
        var (services, errors) = CheckServicesLoader.Load(environment, checksFolder);
        if (services is null)
        {
            throw new InvalidDataException(string.Join("; ", errors));
        }

        var scripts = cities
            .Select(code => library.FindCity(code).Value ?? throw new InvalidDataException($"no script for city {code} in {checksFolder}"))
            .Where(s => s.Scenarios.Any(x => x.Name == "links"))
            .ToList();
        var runner = host.CreateRunner(services);
        var request = new RunRequest(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = port.ToString(CultureInfo.InvariantCulture) }, Scenario: "links");
        using var slots = new SemaphoreSlim(parallel);
        var started = environment.Time.GetTimestamp();
        var runs = await Task.WhenAll(scripts.Select(async script =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                return await runner.RunAsync(script, request, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));
        var elapsed = environment.Time.GetElapsedTime(started);
        return new BenchPhase("links only", parallel, runs, [], elapsed, BenchSweep.FolderBytes(host.Data.EvidenceRoot));
    }

    /// <summary>
    /// The links a city's <c>links</c> scenario found broken: the final attempt's JSON evidence lists every failed link
    /// with its outcome (<c>broken</c> after the confirming re-check, or <c>flaky</c>).
    /// </summary>
    public static IReadOnlyList<string> BrokenLinks(CityRunResult run, string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(run);
        var links = run.Scenarios.FirstOrDefault(s => s.Kind == ScenarioKind.Links && s.Scenario == "links");
        var json = links?.Final.Evidence.FirstOrDefault(e => e.RelativePath.EndsWith(".json", StringComparison.Ordinal));
        if (json is null)
        {
            return [];
        }

        var path = Path.Combine(dataRoot, json.RelativePath);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return [.. document.RootElement.GetProperty("links").EnumerateArray()
            .Where(l => l.GetProperty("outcome").GetString() == "broken")
            .Select(l => l.GetProperty("url").GetString()!)];
    }
}
