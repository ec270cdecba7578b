using System.CommandLine;
using PortalProbe.Cli.Commands;

namespace PortalProbe.Cli;

/// <summary>Builds the command tree and runs one command line; usage errors exit with code 2.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand("PortalProbe: automated checks of the internet channels of China's 12345 hotlines");
        globals.AddTo(root);
        root.Subcommands.Add(DemoCommand.Create(globals, environment));
        root.Subcommands.Add(ValidateCommand.Create(environment));
        root.Subcommands.Add(RunCommand.Create(globals, environment));
        root.Subcommands.Add(SweepCommand.Create(globals, environment));
        root.Subcommands.Add(ResultsCommand.Create(globals, environment));
        root.Subcommands.Add(ReportCommand.Create(globals, environment));
        root.Subcommands.Add(CampaignCommand.Create(globals, environment));
        root.Subcommands.Add(FixturesCommand.Create(environment));
        root.Subcommands.Add(JudgeCommand.Create(environment));
        root.Subcommands.Add(ServeCommand.Create(globals, environment));
        root.Subcommands.Add(PruneCommand.Create(globals, environment));
        root.Subcommands.Add(OverrideCommand.Create(globals, environment));
        root.Subcommands.Add(ExportCommand.Create(globals, environment));
        root.Subcommands.Add(BenchCommand.Create(globals, environment));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await environment.Error.WriteLineAsync($"portalprobe: {error.Message}");
            }

            await environment.Error.WriteLineAsync("Run 'portalprobe --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            return await parsed.InvokeAsync(
                new InvocationConfiguration
                {
                    Output = environment.Out,
                    Error = environment.Error,
                    EnableDefaultExceptionHandler = false,

                    // Program.cs turns Ctrl-C into cancellation; the command must finish unwinding (close Chromium,
                    // flush logs, record live outcomes) rather than be abandoned after a grace period.
                    ProcessTerminationTimeout = null,
                },
                cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await environment.Error.WriteLineAsync("portalprobe: cancelled; a run cut short stays marked incomplete and its stored scenarios are kept.");
            return ExitCodes.Cancelled;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Our own fault, never the portal's: say so plainly and keep the details for the bug report.
            await environment.Error.WriteLineAsync($"portalprobe: internal error: {e.GetType().Name}: {e.Message}{Environment.NewLine}{e.StackTrace}");
            return ExitCodes.Errored;
        }
    }
}
