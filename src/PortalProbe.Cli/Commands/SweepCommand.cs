using System.CommandLine;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Output;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Sweeps;
using Spectre.Console;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe sweep</c>: runs many cities in one recorded, resumable sweep and prints the regressions since
/// the previous sweep first, then the summary. It holds the <c>sweep</c> lease for its whole run, so it refuses
/// (exit 4) while another process sweeps, <c>serve</c>'s nightly sweep included.
/// </summary>
internal static class SweepCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var cities = new Option<string?>("--cities") { Description = "Comma-separated six-digit city codes to sweep" };
        var all = new Option<bool>("--all") { Description = "Sweep every city script of the checks folder" };
        var checks = new Option<string?>("--checks") { Description = "Folder of check scripts (default: checks)" };
        var vars = new Option<string[]>("--var") { Description = "Run-time variable NAME=VALUE for every city (repeatable)", Arity = ArgumentArity.ZeroOrMore };
        var parallel = new Option<int?>("--parallel") { Description = "Cities at once (default: sized from available memory, see the README)" };
        var live = new Option<bool>("--live") { Description = "Inside the open campaign: live actions, each at most once per campaign" };
        var resume = new Option<long?>("--resume") { Description = "Resume the unfinished sweep with this id" };
        var budget = new Option<int?>("--city-budget") { Description = "Seconds one city may take before its unfinished scenarios are recorded as error (default 600)" };
        var command = new Command("sweep", "Run a recorded, resumable sweep over many cities; prints regressions since the previous sweep, then a summary")
        {
            cities, all, checks, vars, parallel, live, resume, budget,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            var variables = RunVariables.Parse(parse.GetValue(vars) ?? [], errors);
            var arguments = new SweepArguments(
                parse.GetValue(cities)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parse.GetValue(all),
                parse.GetValue(checks),
                variables,
                parse.GetValue(parallel),
                parse.GetValue(live),
                parse.GetValue(resume),
                parse.GetValue(budget) is { } seconds ? TimeSpan.FromSeconds(seconds) : SweepOptions.DefaultCityBudget);
            errors.AddRange(arguments.Problems());
            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                // The sweep's progress goes to the console as structured log lines unless a live bar shows it.
                await using var host = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken,
                    environment.Interactive ? null : typeof(SweepEngine).Namespace);
                var plan = await SweepPlanner.CheckAsync(environment, host, arguments, cancellationToken);
                if (plan.Problems.Count > 0)
                {
                    return await Failures.UsageAsync(environment, plan.Problems);
                }

                // The sweep is recorded and run only under the sweep lease, which serve's nightly sweep takes too.
                var console = Consoles.For(environment);
                SweepOutcome? outcome = null;
                var attempt = await HandStartedSweepLease.Create(environment, host).RunAsync(
                    HandStartedSweepLease.Reason,
                    async token =>
                    {
                        plan = await SweepPlanner.RecordAsync(environment, plan, token);
                        console.WriteLine(plan.Describe());
                        outcome = await SweepRunner.RunAsync(environment, host, console, plan, token);
                        return outcome.Sweep.Id;
                    },
                    cancellationToken);
                switch (attempt)
                {
                    case SweepAttempt.Skipped skipped:
                        await environment.Error.WriteLineAsync($"portalprobe: {HandStartedSweepLease.Refusal(skipped.HeldBy)}");
                        return ExitCodes.SweepBusy;
                    case SweepAttempt.LeaseLost:
                        await environment.Error.WriteLineAsync(
                            $"portalprobe: the sweep lease went to another process while sweep {plan.Sweep?.Id} ran (this one could not renew it in time): " +
                            "stopped so that two sweeps never run at once; it stays unfinished and resumes when started again");
                        return ExitCodes.SweepBusy;
                }

                SweepReport.Write(console, outcome!);
                console.WriteLine($"Database: {host.Data.DatabasePath}; evidence: {host.Data.EvidenceRoot}; logs: {host.Data.LogsRoot}");
                return outcome!.ExitCode;
            });
        });
        return command;
    }
}
