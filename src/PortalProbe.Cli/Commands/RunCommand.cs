using System.CommandLine;
using PortalProbe.Browser.Engine;
using PortalProbe.Checks;
using PortalProbe.Cities;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary><c>portalprobe run --city CODE</c>: runs one city's scenarios and stores the verdicts with evidence.</summary>
internal static class RunCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var city = new Option<string>("--city") { Description = "Six-digit administrative code of the city", Required = true };
        var scenario = new Option<string?>("--scenario") { Description = "Run only this scenario" };
        var channel = new Option<string?>("--channel") { Description = "Run only this channel: wechat, app or web" };
        var checks = new Option<string?>("--checks") { Description = "Folder of check scripts (default: checks)" };
        var vars = new Option<string[]>("--var") { Description = "Run-time variable NAME=VALUE (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of a table" };
        var live = new Option<bool>("--live") { Description = "Inside the open campaign: register, request SMS codes and file appeals for real, each at most once" };
        var command = new Command("run", "Run one city's check script in Chromium (a dry run unless --live inside an open campaign)")
        {
            city, scenario, channel, checks, vars, json, live,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            var code = parse.GetValue(city)!;
            if (!CityInfo.IsValidCode(code))
            {
                errors.Add($"--city '{code}' is not a six-digit administrative code");
            }

            ChannelKind? channelKind = null;
            if (parse.GetValue(channel) is { } channelText)
            {
                channelKind = ChannelKinds.TryParse(channelText, out var parsed) ? parsed : null;
                if (channelKind is null)
                {
                    errors.Add($"--channel '{channelText}' is not one of wechat, app, web");
                }
            }

            var variables = RunVariables.Parse(parse.GetValue(vars) ?? [], errors);
            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            var checksFolder = ProjectPaths.ChecksFolder(environment, parse.GetValue(checks));
            var library = ScriptLibrary.Load(checksFolder, environment.Variables);
            var found = library.FindCity(code);
            if (found.HasErrors || found.Value is null)
            {
                return await Failures.UsageAsync(environment, found.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
            }

            var (services, dataErrors) = CheckServicesLoader.Load(environment, checksFolder);
            if (services is null)
            {
                return await Failures.UsageAsync(environment, dataErrors);
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                await using var host = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
                var campaign = parse.GetValue(live) ? await host.Campaigns.FindOpenAsync(cancellationToken) : null;
                if (parse.GetValue(live) && campaign is null)
                {
                    return await Failures.UsageAsync(environment, ["--live needs an open evaluation campaign: start one with 'portalprobe campaign start NAME'"]);
                }

                var request = new RunRequest(variables, parse.GetValue(scenario), channelKind, campaign);
                var result = await host.CreateRunner(services).RunAsync(found.Value, request, cancellationToken);
                if (parse.GetValue(json))
                {
                    await environment.Out.WriteLineAsync(RunJson.Write(result, host.Evidence).AsMemory(), cancellationToken);
                }
                else
                {
                    var console = Consoles.For(environment);
                    ResultTable.Write(console, result);
                    console.WriteLine(campaign is null
                        ? $"Dry run: nothing was registered or submitted. Database: {host.Data.DatabasePath}; evidence: {host.Data.EvidenceRoot}"
                        : $"Live run in campaign '{campaign.Name}'. Database: {host.Data.DatabasePath}; evidence: {host.Data.EvidenceRoot}");
                }

                return result.ExitCode;
            });
        });
        return command;
    }
}
