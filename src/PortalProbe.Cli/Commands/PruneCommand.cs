using System.CommandLine;
using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe prune</c>: evidence retention now, as <c>serve</c> does daily: deletes the evidence files of runs
/// older than the window and marks their rows pruned, keeping results, scores and evidence hashes.
/// </summary>
internal static class PruneCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var days = new Option<int?>("--evidence-days")
        {
            Description = $"Keep the evidence of runs of the last N days (default: {ScheduleSettingsLoader.EvidenceDaysKey} of the settings, else {ScheduleDefaults.EvidenceDays})",
        };
        var settingsFile = new Option<string?>("--settings") { Description = $"Settings file (default: {ScheduleDefaults.SettingsFileName} of the checkout)" };
        var command = new Command("prune", "Delete the evidence files of old runs, keeping their results and evidence hashes") { days, settingsFile };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var keepDays = parse.GetValue(days);
            if (keepDays is null)
            {
                var explicitPath = parse.GetValue(settingsFile);
                try
                {
                    keepDays = ScheduleSettingsLoader.Load(
                        explicitPath is null ? Path.Combine(environment.Home, ScheduleDefaults.SettingsFileName) : Path.GetFullPath(explicitPath, environment.WorkingDirectory),
                        explicitPath is not null).EvidenceDays;
                }
                catch (ScheduleSettingsException e)
                {
                    return await Failures.UsageAsync(environment, e.Errors);
                }
            }

            if (keepDays < 1)
            {
                return await Failures.UsageAsync(environment, [$"--evidence-days {keepDays}: keep at least 1 day (retention.evidenceDays = 0 turns retention off)"]);
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                await using var probe = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
                var pruner = new EvidencePruner(probe.Data, new StorageOptions(), environment.Time, probe.Loggers.CreateLogger<EvidencePruner>());
                var pruning = await pruner.PruneAsync(TimeSpan.FromDays(keepDays.Value), cancellationToken);
                await environment.Out.WriteLineAsync(
                    $"pruned the evidence of runs before {Output.BeijingTime.Format(pruning.Cutoff)}: {pruning.FilesDeleted} files ({pruning.BytesFreed:N0} bytes) deleted, "
                    + $"{pruning.RowsMarked} evidence records marked pruned, {pruning.FilesKept} files kept for newer runs that share them");
                return ExitCodes.Ok;
            });
        });
        return command;
    }
}
