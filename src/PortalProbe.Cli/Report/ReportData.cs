using PortalProbe.Results;

namespace PortalProbe.Cli.Report;

/// <summary>Everything one report shows: which runs it covers, each city with its run and trend, and the scores when there are any.</summary>
/// <param name="Selection">What the report covers in a phrase, for example "latest completed run of each city" or "sweep 12".</param>
/// <param name="GeneratedAt">When the report was written.</param>
/// <param name="Cities">One entry per city, in city-code order.</param>
/// <param name="Scores">The indicator scores; null when nothing has scored these runs ("not scored" in the report).</param>
internal sealed record ReportData(
    string Selection,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<CityReport> Cities,
    ReportScores? Scores);

/// <summary>One city in the report: the run it shows and the city's trend across earlier runs or sweeps.</summary>
/// <param name="Trend">Oldest first; the shown run is the last point.</param>
internal sealed record CityReport(CityRunResult Run, IReadOnlyList<TrendPoint> Trend);

/// <summary>One run or sweep of a city on its trend chart.</summary>
/// <param name="Label">What the point stands for, for example "run 12" or "sweep 3".</param>
internal sealed record TrendPoint(string Label, DateTimeOffset At, int Passed, int Failed, int Total)
{
    /// <summary>The trend point of a stored run: its scenarios that passed, failed, and in all.</summary>
    public static TrendPoint Of(CityRunResult run) => new(
        $"run {run.RunId}",
        run.StartedAt,
        run.Scenarios.Count(s => s.Verdict == Verdict.Pass),
        run.Scenarios.Count(s => s.Verdict == Verdict.Fail),
        run.Scenarios.Count);
}
