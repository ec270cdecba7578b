using System.CommandLine;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scores;
using PortalProbe.Scoring.Exports;
using PortalProbe.Scoring.Summaries;
using PortalProbe.Storage;
using PortalProbe.Storage.Overrides;

namespace PortalProbe.Cli.Commands;

/// <summary>
/// <c>portalprobe export --format xlsx|csv|json --out FILE [--campaign NAME] [--sweep ID] [--level 1|2|3]</c>: the
/// indicator scores with the national table, rankings, averages, changes, overrides and not-measured leaves,
/// plus an evidence manifest; <c>export verify MANIFEST</c> re-checks a manifest against the files.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(GlobalOptions globals, CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Required = true, Description = "xlsx, csv or json" };
        var output = new Option<string>("--out") { Required = true, Description = "The file to write (with FILE.manifest.json and FILE.sha256 beside it)" };
        var campaign = new Option<string?>("--campaign") { Description = "Score a campaign's runs instead of each city's latest completed run" };
        var sweep = new Option<long?>("--sweep") { Description = "Score one sweep's runs" };
        var level = new Option<int?>("--level") { Description = "Indicators down to this level: 1, 2 or 3 (default: all)" };
        var indicators = new Option<string?>("--indicators") { Description = "Indicator catalogue (default: checks/indicators.yaml)" };
        var command = new Command("export", "Export indicator scores (XLSX, CSV or JSON) with an evidence manifest")
        {
            format, output, campaign, sweep, level, indicators,
        };
        command.Subcommands.Add(Verify(globals, environment));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<string>();
            ExportFormat? chosen = parse.GetValue(format) switch
            {
                "xlsx" => ExportFormat.Xlsx,
                "csv" => ExportFormat.Csv,
                "json" => ExportFormat.Json,
                _ => null,
            };
            if (chosen is null)
            {
                errors.Add($"--format '{parse.GetValue(format)}' is not one of xlsx, csv, json");
            }

            if (parse.GetValue(level) is { } l && l is < 1 or > 3)
            {
                errors.Add($"--level {l} is not 1, 2 or 3");
            }

            if (parse.GetValue(campaign) is not null && parse.GetValue(sweep) is not null)
            {
                errors.Add("give --campaign or --sweep, not both");
            }

            if (errors.Count > 0)
            {
                return await Failures.UsageAsync(environment, errors);
            }

            var catalogue = await CatalogueFile.LoadAsync(environment, parse.GetValue(indicators));
            if (catalogue is null)
            {
                return ExitCodes.Usage;
            }

            var path = Path.GetFullPath(parse.GetValue(output)!, environment.WorkingDirectory);
            return await Failures.GuardAsync(environment, async () =>
            {
                await using var host = await ProbeHost.OpenAsync(
                    environment, parse.GetValue(globals.Data), parse.GetValue(globals.Config), parse.GetValue(globals.Verbose), cancellationToken);
                try
                {
                    var (current, baseline) = await ScoreInputs.LoadAsync(host, parse.GetValue(campaign), parse.GetValue(sweep), cancellationToken);
                    var history = await new SqliteOverrideStore(host.Data, new StorageOptions()).HistoryAsync(null, cancellationToken);
                    var report = ScoreReport.Build(catalogue, current, baseline, history, environment.Time.GetUtcNow());
                    var written = await ScoreExporter.WriteAsync(report, chosen!.Value, parse.GetValue(level), path, host.Data.Root, cancellationToken);
                    await SummaryAsync(environment, report, written);
                    return ExitCodes.Ok;
                }
                catch (Exception e) when (e is ScoreInputException or ExportException)
                {
                    return await Failures.UsageAsync(environment, [e.Message + "; nothing was written"]);
                }
            });
        });
        return command;
    }

    private static Command Verify(GlobalOptions globals, CliEnvironment environment)
    {
        var manifest = new Argument<string>("MANIFEST") { Description = "An export's FILE.manifest.json" };
        var command = new Command("verify", "Check that the export and every evidence file still have the sha256 the manifest records") { manifest };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var data = DataDirectory.Resolve(parse.GetValue(globals.Data), environment.Variables, environment.WorkingDirectory);
            var check = await ManifestVerifier.VerifyAsync(Path.GetFullPath(parse.GetValue(manifest)!, environment.WorkingDirectory), data.Root, cancellationToken);
            foreach (var problem in check.Problems)
            {
                await environment.Error.WriteLineAsync($"portalprobe: {problem}");
            }

            await environment.Out.WriteLineAsync(check.Verified
                ? $"verified: {check.Files} files match the manifest"
                : $"NOT verified: {check.Problems.Count} of {check.Files} files do not match the manifest");
            return check.Verified ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    private static async Task SummaryAsync(CliEnvironment environment, ScoreReport report, ExportResult written)
    {
        await environment.Out.WriteLineAsync($"scored {report.Cards.Count} cities ({report.Results.Source}) with {report.Catalogue.File}");
        foreach (var figure in report.National)
        {
            await environment.Out.WriteLineAsync($"  {figure.Text(report.National)}");
        }

        var regressions = report.Changes.Count(c => c.Kind == ChangeKind.Regressed);
        if (report.BaselineSource is not null)
        {
            await environment.Out.WriteLineAsync($"compared with the {report.BaselineSource}: {regressions} regressions, {report.Changes.Count - regressions} other changes");
        }

        await environment.Out.WriteLineAsync($"wrote {written.Path}");
        await environment.Out.WriteLineAsync($"evidence manifest {written.ManifestPath} (check with: portalprobe export verify {written.ManifestPath})");
        foreach (var problem in written.EvidenceProblems)
        {
            await environment.Error.WriteLineAsync($"portalprobe: warning: evidence {problem}");
        }
    }
}
