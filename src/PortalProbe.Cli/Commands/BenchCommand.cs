using System.CommandLine;
using PortalProbe.Cli.Bench;
using PortalProbe.Cli.Sweeps;
using PortalProbe.Population.Generation;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe bench</c>: serves the simulated country with realistic latency and faults, sweeps it in parallel and
/// a sample sequentially, runs linkchecker on the same sites, and prints the figures beside the goals of issue 5.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var cities = new Option<int>("--cities") { Description = "The first N cities of the simulated country (default 349)", DefaultValueFactory = _ => BenchPopulation.AllCities };
        var parallel = new Option<int?>("--parallel") { Description = "Cities at once in the parallel sweep (default: as for sweep)" };
        var sample = new Option<int?>("--sample") { Description = "Cities of the sequential sweep the speed-up is measured against (default 12)" };
        var output = new Option<string?>("--out") { Description = "Also write the figures as JSON to this file" };
        var seed = new Option<int>("--seed") { Description = "Population seed (default 12345)", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var budget = new Option<int?>("--city-budget") { Description = "Seconds one city may take, as for sweep (default 600)" };
        var command = new Command("bench", "Benchmark a full dry-run sweep of the simulated country against the goals of issue 5, and linkchecker")
        {
            cities, parallel, sample, output, seed, budget,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(cities);
            var settings = new BenchSettings(
                count,
                parse.GetValue(parallel) ?? SweepParallelism.Default(),
                parse.GetValue(sample) ?? Math.Min(BenchSettings.DefaultSample, Math.Max(1, count)),
                parse.GetValue(seed),
                parse.GetValue(output),
                parse.GetValue(globals.Data),
                parse.GetValue(globals.Config),
                parse.GetValue(budget) is { } seconds ? TimeSpan.FromSeconds(seconds) : SweepOptions.DefaultCityBudget);
            var problems = settings.Problems(environment.WorkingDirectory).ToList();
            if (problems.Count > 0)
            {
                return await Failures.UsageAsync(environment, problems);
            }

            return await Failures.GuardAsync(environment, () => BenchRun.RunAsync(environment, settings, CommandLine(parse), cancellationToken));
        });
        return command;
    }

    private static string CommandLine(ParseResult parse) =>
        "./portalprobe " + string.Join(' ', parse.Tokens.Select(t => t.Value));
}
