using System.Globalization;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scoring.Scores;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Cli.Report;

/// <summary>
/// The report's scores from the indicator catalogue, the same scoring <c>export</c> does: each shown run that
/// completed is scored with the overrides in force, the national table is the catalogue's summary over those
/// cities, and a city whose run was cut short is left unscored (the report says "not scored", never 0).
/// </summary>
internal sealed class IndicatorScoring(IndicatorCatalogue catalogue, IReadOnlyList<IndicatorOverride> overrideHistory, DateTimeOffset now) : IReportScoring
{
    public Task<ReportScores?> ScoreAsync(IReadOnlyList<CityRunResult> runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        cancellationToken.ThrowIfCancellationRequested();
        var scored = new ResultSet("report", [.. runs.Where(r => r.Complete).Select(CityResultSet.FromRun)]);
        if (scored.Cities.Count == 0)
        {
            return Task.FromResult<ReportScores?>(null);
        }

        var report = ScoreReport.Build(catalogue, scored, null, overrideHistory, now);
        var national = report.National.Select(f => new NationalFinding(Label(f, report.National), f.Count, f.Base, f.Figure.IndicatorId, f.NotMeasured)).ToList();
        var cities = report.Cards.ToDictionary(c => c.City.Code, City, StringComparer.Ordinal);
        return Task.FromResult<ReportScores?>(new ReportScores(national, cities));
    }

    /// <summary>A figure counted over another figure's cities says so: "智能客服回答准确（提供智能客服的城市中）".</summary>
    private static string Label(NationalFigure figure, IReadOnlyList<NationalFigure> all) =>
        figure.Figure.Of is { } of && all.FirstOrDefault(f => f.Figure.Id == of) is { } basis
            ? $"{figure.Figure.Label}（{basis.Figure.Label}的城市中）"
            : figure.Figure.Label;

    private static CityScore City(CityScoreCard card) =>
        new(card.Total.Score, card.Total.Incomplete, [.. card.Indicators.Select(Indicator)]);

    /// <summary>An overridden indicator shows the evaluator's decision (who, when, why) and what the checks alone gave.</summary>
    private static ReportIndicator Indicator(IndicatorScore score) => score.Override is { Value: { } value } decision
        ? new(score.Id, score.Name, score.Level, score.Score, false, Computed(score.Computed), new ReportOverride(value, decision.By, decision.At, decision.Reason))
        : new(score.Id, score.Name, score.Level, score.Score, score.Incomplete, score.Reason);

    private static string Computed(double? computed) =>
        "检测计算值 computed by the checks: " + (computed is { } c ? c.ToString("0.##", CultureInfo.InvariantCulture) : "未测 not measured");
}
