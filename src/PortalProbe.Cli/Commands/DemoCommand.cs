using System.CommandLine;
using System.Globalization;
using PortalProbe.Browser.Engine;
using PortalProbe.Checks;
using PortalProbe.Cli.Demo;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using PortalProbe.Results;
using PortalProbe.Simulator.Hosting;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe demo</c>: serves the embedded simulated portals on loopback, runs their cities' checks in
/// Chromium, stores the results and says where they are.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var command = new Command("demo", "Run the checks against the embedded simulated portals (127.10.0.x) and store the results");
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
        var library = ScriptLibrary.Load(ProjectPaths.ChecksFolder(environment, null), environment.Variables);
        var scripts = portals.Select(p => library.FindCity(p.CityCode)).ToList();
        var problems = scripts.SelectMany(s => s.Diagnostics.Where(d => d.IsError)).Select(d => d.ToString()).ToList();
        if (problems.Count > 0)
        {
            return await Failures.UsageAsync(environment, problems);
        }

        await using var host = await ProbeHost.OpenAsync(
            environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
        await using var simulator = await SimulatorHost.StartAsync(
            new SimulatorOptions { Portals = portals, Time = environment.Time }, cancellationToken);
        var console = Consoles.For(environment);
        console.WriteLine($"Simulated portals on port {simulator.Port}: " +
            string.Join(", ", portals.Select(p => $"{p.CityName} {simulator.BaseUri(p.CityCode)}")));

        var runner = host.CreateRunner();
        var exitCode = ExitCodes.Ok;
        var vars = new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = simulator.Port.ToString(CultureInfo.InvariantCulture) };
        foreach (var script in scripts.Select(s => s.Value!))
        {
            console.WriteLine();
            var result = await runner.RunAsync(script, new RunRequest(vars), cancellationToken);
            ResultTable.Write(console, result);

            // A failing simulated portal is what the demo shows; only our own errors fail the demo.
            if (result.Scenarios.Any(s => s.Verdict == Verdict.Error))
            {
                exitCode = ExitCodes.Errored;
            }
        }

        console.WriteLine();
        console.WriteLine("Dry run: forms were reached and filled, nothing was registered or submitted.");
        console.WriteLine($"Database: {host.Data.DatabasePath}");
        console.WriteLine($"Evidence: {host.Data.EvidenceRoot}");
        console.WriteLine($"Logs:     {host.Data.LogsRoot}");
        console.WriteLine("See one city again with: ./portalprobe results --city 330100");
        return exitCode;
    }
}
