using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using Spectre.Console;

namespace PortalProbe.Cli.Sweeps;

/// <summary>Runs a planned sweep: with a live progress bar on a terminal, with structured log lines otherwise.</summary>
internal static class SweepRunner
{
    public static async Task<SweepOutcome> RunAsync(
        CliEnvironment environment, ProbeHost host, IAnsiConsole console, SweepPlan plan, CancellationToken cancellationToken)
    {
        var engine = Engine(environment, host, plan, onProgress: null);
        if (!environment.Interactive)
        {
            return await engine.RunAsync(plan.Sweep!, plan.Scripts, plan.Request!, cancellationToken);
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                // Two steps a city, its first pass and its being done (at once, or after its re-checks), so the bar
                // reaches its end only when the last re-check is stored.
                var bar = context.AddTask("cities", maxValue: 2 * plan.Sweep!.Request.Cities.Count);
                var withBar = Engine(environment, host, plan, progress =>
                {
                    bar.Value = progress.FirstPassed + progress.Done;
                    bar.Description = $"first pass {progress.FirstPassed}/{progress.Total}, done {progress.Done}, [red]{progress.Failing} failing[/], ETA {SweepProgress.Format(progress.Eta())}";
                });
                return await withBar.RunAsync(plan.Sweep, plan.Scripts, plan.Request!, cancellationToken);
            });
    }

    /// <summary>The sweep engine for a planned sweep, reporting its progress to <paramref name="onProgress"/> (the bench uses it too).</summary>
    internal static SweepEngine Engine(CliEnvironment environment, ProbeHost host, SweepPlan plan, Action<SweepProgress>? onProgress) => new(
        host.LaunchNewBrowserAsync,
        browser => host.CreateRunner(plan.Services!, browser),
        plan.Store,
        host.Results,
        plan.Options!,
        environment.Time,
        host.Loggers.CreateLogger<SweepEngine>())
    {
        OnProgress = onProgress,
    };
}
