using System.Globalization;
using PortalProbe.Overrides;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scoring.Scores.Internal;

namespace PortalProbe.Scoring.Scores;

/// <summary>
/// Turns a city's results into a score card. A leaf follows its rule; an inner indicator is the weighted mean of
/// its measured children (weights rescaled over them, marked incomplete when any is missing), or 0 when one of
/// its veto leaves scored 0. An override in force replaces the computed value of its indicator, whose computed
/// value is kept beside it.
/// </summary>
public sealed class Scorer(IndicatorCatalogue catalogue)
{
    public IndicatorCatalogue Catalogue { get; } = catalogue ?? throw new ArgumentNullException(nameof(catalogue));

    /// <param name="overrides">Overrides in force; those of other cities are ignored.</param>
    public CityScoreCard Score(CityResultSet city, IEnumerable<IndicatorOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(overrides);
        var ours = overrides.Where(o => o.CityCode == city.City.Code && !o.IsRemoval).ToDictionary(o => o.IndicatorId, StringComparer.Ordinal);
        var scores = new Dictionary<string, IndicatorScore>(StringComparer.Ordinal);
        foreach (var root in Catalogue.Roots)
        {
            Node(root, city, ours, scores);
        }

        var total = Aggregate(
            CityScoreCard.TotalId, "总分", 0, null, Catalogue.Roots, scores, veto: null, ours.GetValueOrDefault(CityScoreCard.TotalId));
        return new CityScoreCard(city.City, total, [.. Catalogue.All.Select(i => scores[i.Id])]);
    }

    /// <summary>Scores every city of a result set with the overrides in force.</summary>
    public IReadOnlyList<CityScoreCard> ScoreAll(ResultSet results, IReadOnlyList<IndicatorOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(results);
        return [.. results.Cities.Select(c => Score(c, overrides))];
    }

    private static IndicatorScore Node(
        Indicator indicator, CityResultSet city, Dictionary<string, IndicatorOverride> overrides, Dictionary<string, IndicatorScore> scores)
    {
        IndicatorScore score;
        if (indicator.IsLeaf)
        {
            var outcome = LeafScorer.Score(indicator, city);
            var from = outcome.From;
            score = new IndicatorScore(
                indicator.Id, indicator.Name, indicator.Level, indicator.ParentId, true, outcome.Score,
                outcome.Score is null ? ScoreStatus.NotMeasured : ScoreStatus.Measured, outcome.Incomplete, outcome.Reason,
                outcome.Score, null, outcome.Score is null ? null : outcome.Channel,
                [.. from.SelectMany(s => s.Result.Facts)],
                [.. from.SelectMany(s => s.Result.Evidence)],
                [.. from.Select(s => new ScenarioRef(s.RunId, s.Result.Scenario, s.Result.Channel, s.Result.Verdict, s.Result.Reason, s.IsLive))],
                outcome.Score is null ? [indicator.Id] : []);
            score = Apply(score, overrides.GetValueOrDefault(indicator.Id));
        }
        else
        {
            foreach (var child in indicator.Children)
            {
                Node(child, city, overrides, scores);
            }

            var veto = indicator.Children.FirstOrDefault(c => c.Veto && scores[c.Id].Score == 0);
            score = Aggregate(
                indicator.Id, indicator.Name, indicator.Level, indicator.ParentId, indicator.Children, scores, veto, overrides.GetValueOrDefault(indicator.Id));
        }

        scores[indicator.Id] = score;
        return score;
    }

    private static IndicatorScore Aggregate(
        string id, string name, int level, string? parentId, IReadOnlyList<Indicator> children,
        Dictionary<string, IndicatorScore> scores, Indicator? veto, IndicatorOverride? @override)
    {
        var below = children.Select(c => (c.Weight, Score: scores[c.Id])).ToList();
        var missing = below.SelectMany(b => b.Score.MissingLeaves).ToList();
        var measured = below.Where(b => b.Score.Score is not null).ToList();
        var incomplete = below.Any(b => b.Score.Score is null || b.Score.Incomplete);
        IndicatorScore score;
        if (veto is not null)
        {
            score = new IndicatorScore(id, name, level, parentId, false, 0, ScoreStatus.Vetoed, false,
                $"veto: {veto.Name} ({veto.Id}) scored 0", 0, null, null, [], [], [], missing);
        }
        else if (measured.Count == 0)
        {
            score = new IndicatorScore(id, name, level, parentId, false, null, ScoreStatus.NotMeasured, true,
                "no indicator below is measured", null, null, null, [], [], [], missing);
        }
        else
        {
            var weights = measured.Sum(m => m.Weight);
            var value = measured.Sum(m => m.Weight * m.Score.Score!.Value) / weights;
            var reason = incomplete
                ? string.Create(CultureInfo.InvariantCulture, $"over {measured.Count} of {below.Count} indicators (weights {weights:0.##} of 100 rescaled); not measured: {string.Join(", ", missing)}")
                : $"weighted mean of {below.Count} indicators";
            score = new IndicatorScore(id, name, level, parentId, false, value, ScoreStatus.Measured, incomplete, reason, value, null, null, [], [], [], missing);
        }

        return Apply(score, @override);
    }

    private static IndicatorScore Apply(IndicatorScore computed, IndicatorOverride? @override) =>
        @override?.Value is not { } value
            ? computed
            : computed with
            {
                Score = value,
                Status = ScoreStatus.Overridden,
                Incomplete = false,
                Override = @override,
                Reason = $"override by {@override.By} at {@override.At.ToUniversalTime():yyyy-MM-dd HH:mm}Z: {@override.Reason} (computed: {(computed.Score is { } s ? s.ToString("0.##", CultureInfo.InvariantCulture) : "not measured")})",
                MissingLeaves = [],
            };
}
