using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Scheduling.Jobs;
using Quartz;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe serve</c>: runs the scheduler until stopped: the nightly sweep, the progress lookups of open
/// campaign tickets and evidence retention, each on its cron expression; a night missed while nothing was serving
/// is made up once at start-up, and an unfinished sweep (cut short by a stop or a crash) is resumed at once. Bad
/// settings, a nightly sweep that could not start (unknown city, missing variable) and an unusable data directory
/// stop it with exit code 2 before anything is scheduled.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var settingsFile = new Option<string?>("--settings")
        {
            Description = $"Schedule and retention settings (default: {ScheduleDefaults.SettingsFileName} of the PortalProbe checkout, if present)",
        };
        var command = new Command("serve", "Run the nightly sweep, ticket progress lookups and evidence retention on their schedules until stopped")
        {
            settingsFile,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var explicitPath = parse.GetValue(settingsFile);
            var path = explicitPath is null
                ? Path.Combine(environment.Home, ScheduleDefaults.SettingsFileName)
                : Path.GetFullPath(explicitPath, environment.WorkingDirectory);
            ScheduleSettings settings;
            try
            {
                settings = ScheduleSettingsLoader.Load(path, explicitPath is not null);
            }
            catch (ScheduleSettingsException e)
            {
                return await Failures.UsageAsync(environment, e.Errors);
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                // The sweeps' structured progress goes to the console (the journal under systemd), as for a sweep by hand.
                await using var probe = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken,
                    typeof(Sweeps.SweepEngine).Namespace);
                using var host = ServeHost.Build(environment, probe, settings);
                var problems = await host.Services.GetRequiredService<NightlySweepLauncher>().ProblemsAsync(cancellationToken);
                if (problems.Count > 0)
                {
                    return await Failures.UsageAsync(environment, problems.Select(p => $"{path}: the nightly sweep (section 'sweep') cannot run: {p}"));
                }

                await ServeAsync(host, probe, settings, path, environment, cancellationToken);
                return ExitCodes.Ok;
            });
        });
        return command;
    }

    private static async Task ServeAsync(
        IHost host, ProbeHost probe, ScheduleSettings settings, string settingsPath, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var logger = probe.Loggers.CreateLogger("PortalProbe.Cli.Serve");
        await host.StartAsync(cancellationToken);
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(
            cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        try
        {
            var source = File.Exists(settingsPath) ? settingsPath : "built-in defaults";
            await environment.Out.WriteLineAsync($"portalprobe serve: data {probe.Data.Root}; settings from {source}");
            var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
            await DescribeAsync(scheduler, "nightly sweep", ServeHost.SweepTrigger, settings.Sweep, environment, logger, cancellationToken);
            await DescribeAsync(scheduler, "ticket progress", ServeHost.ProgressTrigger, settings.Progress, environment, logger, cancellationToken);
            await DescribeAsync(scheduler, "evidence retention", ServeHost.RetentionTrigger, settings.Retention, environment, logger, cancellationToken);
            await environment.Out.WriteLineAsync(settings.EvidenceDays > 0
                ? $"  evidence files of runs older than {settings.EvidenceDays} days are pruned; results and hashes stay"
                : "  evidence is kept forever (retention.evidenceDays = 0)");

            var launcher = host.Services.GetRequiredService<ISweepLauncher>();
            var catchUp = MissedNight.Decide(settings.Sweep, await launcher.LastSweepStartAsync(cancellationToken), environment.Time.GetUtcNow());
            ScheduleLog.CatchUp(logger, catchUp.Reason);
            await environment.Out.WriteLineAsync($"missed-night check: {catchUp.Reason}");
            string? runNow = catchUp.RunNow ? $"catch-up for {settings.Sweep.Describe(catchUp.MissedFireTime!.Value)}" : null;
            if (runNow is null && launcher is NightlySweepLauncher nightly && await nightly.UnfinishedSweepAsync(cancellationToken) is { } unfinished)
            {
                // A sweep cut short (a stop, a crash, kill -9) is resumed now, not left until tomorrow night.
                runNow = $"resuming unfinished sweep {unfinished}";
                var reason = $"sweep {unfinished} is unfinished: resuming it now";
                ScheduleLog.CatchUp(logger, reason);
                await environment.Out.WriteLineAsync($"unfinished-sweep check: {reason}");
            }

            if (runNow is not null)
            {
                await scheduler.TriggerJob(NightlySweepJob.Key, new JobDataMap { [NightlySweepJob.ReasonKey] = runNow }, cancellationToken);
            }

            await environment.Out.WriteLineAsync("serving until Ctrl-C or SIGTERM");
            await Task.Delay(Timeout.InfiniteTimeSpan, environment.Time, stopping.Token);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Ctrl-C (the command's token) or SIGTERM (the host's lifetime): stop below, then exit 0, since a
            // stopped server is not a failure.
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }

        await environment.Out.WriteLineAsync("portalprobe serve: stopped");
    }

    private static async Task DescribeAsync(
        IScheduler scheduler, string job, TriggerKey key, CronSchedule schedule, CliEnvironment environment, ILogger logger,
        CancellationToken cancellationToken)
    {
        var trigger = await scheduler.GetTrigger(key, cancellationToken);
        var next = trigger?.NextFireTimeUtc is { } at ? schedule.Describe(at) : "never";
        var cron = schedule.ToString();
        ScheduleLog.Scheduled(logger, job, cron, next);
        await environment.Out.WriteLineAsync($"  {job,-18} {cron,-32} next {next}");
    }
}
