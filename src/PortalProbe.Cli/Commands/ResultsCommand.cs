using System.CommandLine;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;

namespace PortalProbe.Cli.Commands;

/// <summary><c>portalprobe results --city CODE</c>: shows the latest stored run of a city.</summary>
internal static class ResultsCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var city = new Option<string>("--city") { Description = "Six-digit administrative code of the city", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of a table" };
        var command = new Command("results", "Show the latest results of a city") { city, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var code = parse.GetValue(city)!;
            if (!CityInfo.IsValidCode(code))
            {
                return await Failures.UsageAsync(environment, [$"--city '{code}' is not a six-digit administrative code"]);
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                await using var host = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
                var run = await host.Results.LatestRunAsync(code, cancellationToken);
                if (run is null)
                {
                    await environment.Error.WriteLineAsync($"portalprobe: no results for city {code} in {host.Data.DatabasePath}");
                    return ExitCodes.Failed;
                }

                if (parse.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(RunJson.Write(run, host.Evidence).AsMemory(), cancellationToken);
                }
                else
                {
                    ResultTable.Write(Consoles.For(environment), run);
                }

                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
