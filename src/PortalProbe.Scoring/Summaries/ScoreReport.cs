using PortalProbe.Overrides;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scoring.Scores;

namespace PortalProbe.Scoring.Summaries;

/// <summary>
/// Everything an export shows: the score cards of a result set, rankings, averages, the national table, the
/// changes against a baseline (regressions first) and the override history.
/// </summary>
public sealed record ScoreReport(
    IndicatorCatalogue Catalogue,
    ResultSet Results,
    IReadOnlyList<CityScoreCard> Cards,
    IReadOnlyList<RankedCity> Ranking,
    IReadOnlyDictionary<CityGrouping, IReadOnlyList<GroupAverage>> Averages,
    IReadOnlyDictionary<string, (double? Mean, int Measured)> NationalMeans,
    IReadOnlyList<NationalFigure> National,
    string? BaselineSource,
    IReadOnlyList<ScoreChange> Changes,
    IReadOnlyList<IndicatorOverride> OverrideHistory,
    DateTimeOffset CreatedAt)
{
    /// <param name="baseline">The result set to compare with (for example each city's previous completed run); null for none.</param>
    /// <param name="overrideHistory">Every override row; those in force are applied to both sets.</param>
    public static ScoreReport Build(
        IndicatorCatalogue catalogue, ResultSet results, ResultSet? baseline, IReadOnlyList<IndicatorOverride> overrideHistory, DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(overrideHistory);
        var scorer = new Scorer(catalogue);
        var inForce = IndicatorOverride.InForce(overrideHistory);
        var cards = scorer.ScoreAll(results, inForce);
        var changes = baseline is null ? [] : ScoreChange.Compare(scorer.ScoreAll(baseline, inForce), cards);
        return new ScoreReport(
            catalogue,
            results,
            cards,
            RankedCity.Order(cards),
            Enum.GetValues<CityGrouping>().ToDictionary(g => g, g => GroupAverage.Of(cards, g)),
            GroupAverage.Over(cards),
            NationalFigure.Table(catalogue, cards),
            baseline?.Source,
            changes,
            overrideHistory,
            createdAt);
    }
}
