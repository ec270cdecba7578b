using System.CommandLine;
using System.Globalization;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Links;
using PortalProbe.Checks;
using PortalProbe.Cli.Demo;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using PortalProbe.Population.Serving;
using PortalProbe.Results;
using PortalProbe.Scripts;
using PortalProbe.Simulator.Hosting;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe demo</c>: serves simulated portals on loopback (the two example portals of checks/cities and a
/// showcase of the generated population), runs every city's checks in Chromium as a dry run, stores the
/// results and says where they are.
/// </summary>
internal static class DemoCommand
{
    private const int Parallel = 4;

    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var command = new Command("demo", "Run the checks against the embedded simulated portals (127.0.0.0/8) and store the results");
        command.SetAction(async (parse, cancellationToken) => await Failures.GuardAsync(
            environment, () => RunAsync(parse, globals, environment, cancellationToken)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, GlobalOptions globals, CliEnvironment outer, CancellationToken cancellationToken)
    {
        var (portals, testAccount) = DemoPortals.Load(Path.Combine(ProjectPaths.FixturesFolder(outer), "demo", "portals.json"));

        // The simulated portals accept the demo's own test account unless the environment names another.
        var environment = outer with
        {
            Variables = name => outer.Variables(name) is { Length: > 0 } value ? value : testAccount.GetValueOrDefault(name),
        };
        await using var host = await ProbeHost.OpenAsync(
            environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
        var populationFolder = DemoPopulation.Write(host.Data.Root, BeijingTime.Today(environment.Time));
        var examples = ScriptLibrary.Load(ProjectPaths.ChecksFolder(environment, null), environment.Variables);
        var showcase = ScriptLibrary.Load(populationFolder, environment.Variables);
        var scripts = portals.Select(p => examples.FindCity(p.CityCode)).Concat(showcase.Cities.Select(c => new LoadResult<CheckScript>(c, []))).ToList();
        var (services, dataErrors) = CheckServicesLoader.Load(environment, ProjectPaths.ChecksFolder(environment, null));
        var problems = scripts.SelectMany(s => s.Diagnostics).Concat(showcase.Diagnostics).Where(d => d.IsError).Select(d => d.ToString())
            .Concat(dataErrors).ToList();
        if (problems.Count > 0)
        {
            return await Failures.UsageAsync(environment, problems);
        }

        await using var simulator = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = portals, Time = environment.Time }, cancellationToken);
        await using var population = await PopulationServer.StartAsync(populationFolder, 0, environment.Time, cancellationToken);
        var console = Consoles.For(environment);
        console.WriteLine($"Serving {portals.Count} example portals (port {simulator.Port}) and {population.Host.Portals.Count} showcase cities of the generated population (port {population.Host.Port}) on 127.0.0.0/8.");
        console.WriteLine($"Running {scripts.Count} cities, {Parallel} at a time, as a dry run ...");

        if (!host.ConfigGiven)
        {
            // Simulated portals answer from this machine in milliseconds: waiting the ten seconds a real government
            // server deserves before calling an element missing would only make the demo slow.
            host.Adjust(c => c with
            {
                Timeouts = c.Timeouts with { Step = TimeSpan.FromSeconds(3), Navigation = TimeSpan.FromSeconds(5) },
                Recheck = c.Recheck with { Delay = TimeSpan.FromMilliseconds(300) },
                Links = DemoLinks(c.Links),
            });
            console.WriteLine("Timeouts are shortened for portals on this machine (step 3 s, page 5 s); --config FILE sets your own.");
        }

        // Every portal of the demo is simulated, so its SMS codes come from the simulator's test endpoint.
        if (host.BrowserConfig.Sms is SmsSource.NoSource)
        {
            host.Adjust(c => c with { Sms = SmsSource.Simulator });
        }

        var runner = host.CreateRunner(services!);
        var examplePort = VarsWithPort(simulator.Port);
        var populationPort = VarsWithPort(population.Host.Port);
        using var slots = new SemaphoreSlim(Parallel);
        var runs = await Task.WhenAll(scripts.Select(s => s.Value!).Select(async script =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var vars = portals.Any(p => p.CityCode == script.City.Code) ? examplePort : populationPort;
                return await runner.RunAsync(script, new RunRequest(vars), cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));

        SummaryTable.Write(console, runs);
        console.WriteLine();
        console.WriteLine("Dry run: forms were reached and filled, nothing was registered or submitted.");
        console.WriteLine($"Database:     {host.Data.DatabasePath}");
        console.WriteLine($"Evidence:     {host.Data.EvidenceRoot}");
        console.WriteLine($"Logs:         {host.Data.LogsRoot}");
        console.WriteLine($"Ground truth: {Path.Combine(populationFolder, "ground-truth.json")}");
        console.WriteLine("One city in detail: ./portalprobe results --city 320500");

        // Failing simulated portals are what the demo shows; only our own errors fail the demo.
        return runs.Any(r => r.Scenarios.Any(s => s.Verdict == Verdict.Error)) ? ExitCodes.Errored : ExitCodes.Ok;
    }

    /// <summary>
    /// Link checks against portals on this machine: a link that hangs is called a timeout after 6 s, not 15 s (the
    /// slowest simulated page that still works takes 4 s).
    /// </summary>
    private static LinkOptions DemoLinks(LinkOptions links) => links with
    {
        RequestTimeout = TimeSpan.FromSeconds(6),
        RecheckDelay = TimeSpan.FromMilliseconds(300),
        AvailabilityInterval = TimeSpan.FromMilliseconds(200),
    };

    private static Dictionary<string, string> VarsWithPort(int port) =>
        new(StringComparer.Ordinal) { ["port"] = port.ToString(CultureInfo.InvariantCulture) };
}
