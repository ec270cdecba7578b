using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;
using Spectre.Console;

namespace PortalProbe.Cli.Output;

/// <summary>One line per city: its verdict counts and the scenarios that did not pass, for runs over many cities.</summary>
internal static class SummaryTable
{
    public static void Write(IAnsiConsole console, IEnumerable<CityRunResult> runs)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("City").AddColumn("Run").AddColumn("Pass").AddColumn("Fail").AddColumn("Manual").AddColumn("Error").AddColumn("Not passing");
        foreach (var run in runs)
        {
            int Count(Verdict v) => run.Scenarios.Count(s => s.Verdict == v);
            var notPassing = run.Scenarios.Where(s => s.Verdict != Verdict.Pass)
                .Select(s => $"{s.Channel.ToId()}/{s.Scenario}:{s.Verdict.ToId()}");
            table.AddRow(
                Markup.Escape($"{run.City.Code} {run.City.Name}"),
                run.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Cell(Count(Verdict.Pass), "green"),
                Cell(Count(Verdict.Fail), "red"),
                Cell(Count(Verdict.Manual), "yellow"),
                Cell(Count(Verdict.Error), "magenta"),
                Markup.Escape(string.Join(" ", notPassing)));
        }

        console.Write(table);
    }

    private static string Cell(int count, string colour) =>
        count == 0 ? "[grey]0[/]" : $"[{colour}]{count}[/]";
}
