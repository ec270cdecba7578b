using System.CommandLine;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Report;
using PortalProbe.Cli.Report.Sources;

namespace PortalProbe.Cli.Commands;

/// <summary><c>portalprobe report --out DIR [--sweep ID]</c>: writes the static HTML evidence report.</summary>
internal static class ReportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the report into (created; an earlier report there is replaced)", Required = true };
        var sweep = new Option<long?>("--sweep") { Description = "Report one sweep instead of each city's latest completed run" };
        var command = new Command("report", "Write a self-contained HTML report of the stored results") { output, sweep };
        command.SetAction(async (parse, cancellationToken) => await Failures.GuardAsync(environment, async () =>
        {
            var target = Path.GetFullPath(parse.GetValue(output)!, environment.WorkingDirectory);
            await using var host = await ProbeHost.OpenAsync(
                environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
            IReportRunSource source = parse.GetValue(sweep) is { } id ? new SweepRunsSource(id) : new LatestRunsSource(host.Results);
            try
            {
                var runs = await source.LoadAsync(cancellationToken);
                var scores = await ScoringFor(host).ScoreAsync([.. runs.Cities.Select(c => c.Run)], cancellationToken);
                var data = new ReportData(runs.Selection, environment.Time.GetUtcNow(), runs.Cities, scores);
                await ReportFolder.WriteAsync(target, (folder, token) => ReportWriter.WriteAsync(data, host.Evidence, folder, token), cancellationToken);
                await environment.Out.WriteLineAsync($"report of {data.Cities.Count} cities ({data.Selection}) written to {Path.Combine(target, "index.html")}");
                return ExitCodes.Ok;
            }
            catch (ReportException e)
            {
                await environment.Error.WriteLineAsync($"portalprobe: {e.Message}");
                return e.ExitCode;
            }
        }));
        return command;
    }

    /// <summary>The indicator scoring the report shows; none is wired yet, so the report says "not scored".</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "The seam the indicator scoring is wired into returns the interface on purpose.")]
    private static IReportScoring ScoringFor(ProbeHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return new NoScoring();
    }
}
