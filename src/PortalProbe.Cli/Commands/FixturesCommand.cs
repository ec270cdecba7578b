using System.CommandLine;
using System.Globalization;
using PortalProbe.Population;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Serving;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe fixtures generate|serve</c>: a simulated country of 12345 portals with known ground truth,
/// for tests, benchmarks and trying PortalProbe out. Everything is served on 127.0.0.0/8 only.
/// </summary>
internal static class FixturesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("fixtures", "Generate and serve simulated city portals with ground truth");
        command.Subcommands.Add(Generate(environment));
        command.Subcommands.Add(Serve(environment));
        return command;
    }

    private static Command Generate(CliEnvironment environment)
    {
        var cities = new Option<int>("--cities") { Description = "How many cities (1 to 349)", DefaultValueFactory = _ => 349 };
        var seed = new Option<int>("--seed") { Description = "Seed; the default reproduces the 2024 national figures", DefaultValueFactory = _ => PopulationGenerator.DefaultSeed };
        var asOf = new Option<string?>("--as-of") { Description = "The population's date (yyyy-MM-dd); disclosure dates are relative to it" };
        var output = new Option<string>("--out") { Description = "Folder to write (created; must be empty or hold an earlier population)", Required = true };
        var command = new Command("generate", "Write personalities, city scripts, templates and ground-truth.json") { cities, seed, asOf, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            var count = parse.GetValue(cities);
            if (count is < 1 or > CityCount)
            {
                errors.Add($"--cities {count} is outside 1..{CityCount}");
            }

            var date = PopulationGenerator.DefaultAsOf;
            if (parse.GetValue(asOf) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                errors.Add($"--as-of '{text}' is not a date like 2024-06-01");
            }

            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            var folder = Path.GetFullPath(parse.GetValue(output)!, environment.WorkingDirectory);
            var population = PopulationGenerator.Generate(count, parse.GetValue(seed), date);
            try
            {
                PopulationWriter.Write(population, folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await Failures.UsageAsync(environment, [$"cannot write the population to {folder}: {e.Message}"]);
            }

            await environment.Out.WriteLineAsync(Summary(population, folder).AsMemory(), cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Serve(CliEnvironment environment)
    {
        var population = new Option<string>("--population") { Description = "A folder written by 'fixtures generate'", Required = true };
        var port = new Option<int>("--port") { Description = "The one port every portal listens on (default: a free one)" };
        var command = new Command("serve", "Serve a generated population on its loopback addresses until Ctrl-C") { population, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = Path.GetFullPath(parse.GetValue(population)!, environment.WorkingDirectory);
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                return await Failures.UsageAsync(environment, [$"--port {parse.GetValue(port)} is not a port number"]);
            }

            PopulationServer server;
            try
            {
                server = await PopulationServer.StartAsync(folder, parse.GetValue(port), environment.Time, cancellationToken);
            }
            catch (PersonalityFileException e)
            {
                return await Failures.UsageAsync(environment, [e.Message]);
            }

            await using (server)
            {
                var portals = server.Host.Portals;
                await environment.Out.WriteLineAsync($"Serving {portals.Count} simulated portals from {folder} on port {server.Host.Port}:");
                foreach (var p in portals.Take(10))
                {
                    await environment.Out.WriteLineAsync($"  {p.CityCode} {p.CityName} {server.Host.BaseUri(p.CityCode)}");
                }

                if (portals.Count > 10)
                {
                    await environment.Out.WriteLineAsync($"  ... and {portals.Count - 10} more (see {folder}/personalities.json)");
                }

                await environment.Out.WriteLineAsync($"Check a city with: ./portalprobe run --checks {folder} --city {portals[0].CityCode} --var port={server.Host.Port}");
                await environment.Out.WriteLineAsync("Press Ctrl-C to stop.");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    await environment.Out.WriteLineAsync("stopped.");
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private const int CityCount = 349;

    private static string Summary(Population.Population population, string folder)
    {
        var truth = population.Truth;
        int Count(Func<CityTruth, bool> predicate) => truth.Count(predicate);
        var accepting = Count(t => t.Submission != TruthValue.Absent);
        return string.Join(Environment.NewLine,
            $"wrote {population.Cities.Count} cities (seed {population.Seed}, as of {population.AsOf:yyyy-MM-dd}) to {folder}",
            $"  offer an online appeal: {accepting}; of them a progress lookup: {Count(t => t.Submission != TruthValue.Absent && t.ProgressLookup != TruthValue.Absent)}",
            $"  two or more search channels: {Count(t => t.SearchChannels >= 2)}",
            $"  chatbots: {Count(t => t.Chatbot != TruthValue.Absent)}",
            $"  publish recent appeal data: {Count(t => t.DataReports)}; recent hot cases: {Count(t => t.HotCases)}",
            $"  enterprise entrance: {Count(t => t.EnterpriseEntrance)}",
            $"  ground truth: {Path.Combine(folder, GroundTruthJson.FileName)}");
    }
}
