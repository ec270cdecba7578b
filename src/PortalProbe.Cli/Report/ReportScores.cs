using PortalProbe.Results;

namespace PortalProbe.Cli.Report;

/// <summary>
/// The seam the indicator scoring fills: the national table and each city's indicator scores, with evaluator
/// overrides and the leaves no fact measured. The report renders what it is given and says "not scored" otherwise.
/// </summary>
internal interface IReportScoring
{
    /// <summary>Scores the runs the report shows; null when no scoring is available.</summary>
    Task<ReportScores?> ScoreAsync(IReadOnlyList<CityRunResult> runs, CancellationToken cancellationToken);
}

/// <summary>No scoring wired: the report says "not scored".</summary>
internal sealed class NoScoring : IReportScoring
{
    public Task<ReportScores?> ScoreAsync(IReadOnlyList<CityRunResult> runs, CancellationToken cancellationToken) =>
        Task.FromResult<ReportScores?>(null);
}

/// <summary>The scores of the runs a report shows.</summary>
/// <param name="National">The national table's lines, in the order the monitoring report publishes them.</param>
/// <param name="Cities">Scores by six-digit city code; a city missing here is shown as not scored.</param>
internal sealed record ReportScores(IReadOnlyList<NationalFinding> National, IReadOnlyDictionary<string, CityScore> Cities);

/// <summary>One line of the national table, for example "242 of 349 cities accept an online appeal".</summary>
/// <param name="Label">What the counted cities do, for example "可在线提交诉求".</param>
/// <param name="NotMeasured">Cities of the base whose indicator is not measured: neither counted nor silently left out.</param>
internal sealed record NationalFinding(string Label, int Count, int Of, string? IndicatorId = null, int NotMeasured = 0)
{
    public double? Share => Of == 0 ? null : (double)Count / Of;
}

/// <summary>A city's overall score and its indicators.</summary>
/// <param name="Total">0 to 100; null when nothing was measured.</param>
/// <param name="Incomplete">Some leaves were not measured and the total is over the measured ones only.</param>
internal sealed record CityScore(double? Total, bool Incomplete, IReadOnlyList<ReportIndicator> Indicators);

/// <summary>One indicator of a city: its score, or not measured until an evaluator decides.</summary>
/// <param name="Level">1, 2 or 3 in the indicator tree.</param>
/// <param name="Score">0 to 100; null when not measured.</param>
/// <param name="Incomplete">Some leaf below was not measured: the score is over the measured ones, weights rescaled.</param>
/// <param name="Reason">Why the score is what it is (the deciding verdict, a veto, what is missing).</param>
/// <param name="Override">The evaluator's decision that set this score, if one did.</param>
internal sealed record ReportIndicator(
    string Id, string Name, int Level, double? Score, bool Incomplete = false, string? Reason = null, ReportOverride? Override = null)
{
    public bool NotMeasured => Score is null;
}

/// <summary>An evaluator's decision on an indicator: who, when and why.</summary>
internal sealed record ReportOverride(double Value, string By, DateTimeOffset At, string Reason);
