using System.Globalization;
using PortalProbe.Cities;
using PortalProbe.Cli.Output;
using PortalProbe.Results;
using Spectre.Console;

namespace PortalProbe.Cli.Sweeps;

/// <summary>What a finished sweep prints: the regressions since the previous sweep first, then the summary.</summary>
internal static class SweepReport
{
    public static void Write(IAnsiConsole console, SweepOutcome outcome)
    {
        var id = outcome.Sweep.Id.ToString(CultureInfo.InvariantCulture);
        if (!outcome.Sweep.IsFinished)
        {
            console.MarkupLine($"Regressions: not computed, sweep {id} is unfinished.");
        }
        else if (outcome.Regressions.Count == 0)
        {
            console.MarkupLine($"Regressions since the previous sweep: none (sweep {id}).");
        }
        else
        {
            console.MarkupLine($"[red]Regressions since the previous sweep: {outcome.Regressions.Count}[/] (passed then, fail now; sweep {id})");
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("City").AddColumn("Function").AddColumn("Then").AddColumn("Now").AddColumn("Why it fails");
            foreach (var r in outcome.Regressions)
            {
                table.AddRow(
                    r.CityCode,
                    Markup.Escape($"{r.Channel.ToId()}/{r.Scenario}"),
                    $"run {r.PreviousRunId} (sweep {r.PreviousSweepId})",
                    $"run {r.RunId}",
                    Markup.Escape(r.Reason));
            }

            console.Write(table);
        }

        console.WriteLine();
        var notPassing = outcome.Runs.Where(r => r.Scenarios.Any(s => s.Verdict != Verdict.Pass)).ToList();
        if (notPassing.Count > 0)
        {
            console.WriteLine("Cities with scenarios that did not pass:");
            SummaryTable.Write(console, notPassing);
        }

        var scenarios = outcome.Runs.SelectMany(r => r.Scenarios).ToList();
        int Count(Verdict v) => scenarios.Count(s => s.Verdict == v);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Sweep {id}: {outcome.Runs.Count} of {outcome.Sweep.Request.Cities.Count} cities done, {notPassing.Count} not all passing; " +
            $"scenarios: {Count(Verdict.Pass)} pass, {Count(Verdict.Fail)} fail, {Count(Verdict.Manual)} manual, {Count(Verdict.Error)} error, {Count(Verdict.Skipped)} skipped."));
        if (outcome.NotRun.Count > 0)
        {
            console.WriteLine($"Could not run (our fault, see the log): {string.Join(", ", outcome.NotRun)}. The sweep stays unfinished: run them with --resume {id}.");
        }
    }
}
