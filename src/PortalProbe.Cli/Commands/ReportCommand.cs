using System.CommandLine;
using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Report;
using PortalProbe.Cli.Report.Sources;
using PortalProbe.Cli.Scores;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Storage;
using PortalProbe.Storage.Overrides;
using PortalProbe.Storage.Sweeps;

namespace PortalProbe.Cli.Commands;

/// <summary><c>portalprobe report --out DIR [--sweep ID] [--indicators FILE]</c>: writes the static HTML evidence report.</summary>
internal static class ReportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the report into (created; an earlier report there is replaced)", Required = true };
        var sweep = new Option<long?>("--sweep") { Description = "Report one sweep instead of each city's latest completed run" };
        var indicators = new Option<string?>("--indicators") { Description = "Indicator catalogue for the scores (default: checks/indicators.yaml)" };
        var command = new Command("report", "Write a self-contained HTML report of the stored results") { output, sweep, indicators };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var catalogue = await CatalogueFile.LoadAsync(environment, parse.GetValue(indicators));
            if (catalogue is null)
            {
                return ExitCodes.Usage;
            }

            return await Failures.GuardAsync(environment, async () =>
            {
                var target = Path.GetFullPath(parse.GetValue(output)!, environment.WorkingDirectory);
                await using var host = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
                IReportRunSource source = parse.GetValue(sweep) is { } id
                    ? new SweepRunsSource(new StoredSweeps(new SqliteSweepStore(host.Data, new StorageOptions(), host.Loggers.CreateLogger<SqliteSweepStore>()), host.Results), id)
                    : new LatestRunsSource(host.Results);
                try
                {
                    var runs = await source.LoadAsync(cancellationToken);
                    var scoring = await ScoringForAsync(host, catalogue, environment.Time.GetUtcNow(), cancellationToken);
                    var scores = await scoring.ScoreAsync([.. runs.Cities.Select(c => c.Run)], cancellationToken);
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
            });
        });
        return command;
    }

    /// <summary>The indicator scoring the report shows: the catalogue with the evaluators' overrides from the database.</summary>
    private static async Task<IReportScoring> ScoringForAsync(ProbeHost host, IndicatorCatalogue catalogue, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var history = await new SqliteOverrideStore(host.Data, new StorageOptions()).HistoryAsync(null, cancellationToken);
        return new IndicatorScoring(catalogue, history, now);
    }
}
