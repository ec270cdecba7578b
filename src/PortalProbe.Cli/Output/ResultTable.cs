using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;
using Spectre.Console;

namespace PortalProbe.Cli.Output;

/// <summary>The readable form of a city run: a table of scenarios, then the reasons of everything that did not pass.</summary>
internal static class ResultTable
{
    public static void Write(IAnsiConsole console, CityRunResult run)
    {
        var state = run.Complete ? "" : " [yellow](incomplete: still running, or interrupted)[/]";
        console.MarkupLine($"[bold]{Markup.Escape(run.City.Code)} {Markup.Escape(run.City.Name)}[/] run {run.RunId}, started {BeijingTime.Format(run.StartedAt)}{state}");
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Channel").AddColumn("Scenario").AddColumn("Kind").AddColumn("Verdict").AddColumn(new TableColumn("Time").RightAligned()).AddColumn(new TableColumn("Evidence").RightAligned());
        foreach (var s in run.Scenarios)
        {
            table.AddRow(
                Markup.Escape(s.Channel.ToId()),
                Markup.Escape(s.Scenario),
                s.Kind.ToId(),
                VerdictMarkup(s),
                $"{s.Duration.TotalSeconds:0.0}s",
                EvidenceCell(s));
        }

        console.Write(table);
        foreach (var s in run.Scenarios.Where(s => s.Verdict != Verdict.Pass || s.Flaky || s.StoppedForDryRun))
        {
            var reason = s.Flaky ? $"passed on re-check after: {s.Attempts[0].Reason}" : s.Reason;
            console.MarkupLine($"  {Markup.Escape(s.Channel.ToId())}/{Markup.Escape(s.Scenario)}: {Markup.Escape(reason)}");
            if (s.Final.Hint is { } hint)
            {
                console.MarkupLine($"    [grey]hint: {Markup.Escape(hint)}[/]");
            }
        }

        var counts = run.Scenarios.GroupBy(s => s.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToId()}");
        console.MarkupLine($"{Markup.Escape(string.Join(", ", counts))}");
    }

    /// <summary>How many evidence files the scenario has, and how many of them retention has pruned.</summary>
    internal static string EvidenceCell(ScenarioResult s)
    {
        var all = s.Evidence.Count();
        var pruned = s.Evidence.Count(e => e.PrunedAt is not null);
        var count = all.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return pruned == 0 ? count
            : pruned == all ? $"{count} [grey]pruned[/]"
            : $"{count} [grey]({pruned.ToString(System.Globalization.CultureInfo.InvariantCulture)} pruned)[/]";
    }

    private static string VerdictMarkup(ScenarioResult s)
    {
        var flaky = s.Flaky ? " (flaky)" : s.StoppedForDryRun ? " (dry run)" : "";
        return s.Verdict switch
        {
            Verdict.Pass => $"[green]pass{flaky}[/]",
            Verdict.Fail => "[red]fail[/]",
            Verdict.Manual => "[yellow]manual[/]",
            Verdict.Error => "[magenta]error[/]",
            _ => "[grey]skipped[/]",
        };
    }
}
