using System.Globalization;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Scores;

namespace PortalProbe.Scoring.Summaries;

/// <summary>
/// One line of the national table: <see cref="Count"/> of <see cref="Base"/> cities reach the figure's bar;
/// <see cref="NotMeasured"/> of the base have the indicator not measured (neither counted nor left out silently).
/// </summary>
public sealed record NationalFigure(SummaryFigure Figure, int Count, int Base, int NotMeasured, IReadOnlyList<string> Cities)
{
    /// <summary>Count over base, in percent; null for an empty base.</summary>
    public double? Percent => Base == 0 ? null : 100.0 * Count / Base;

    /// <summary>The line as the monitoring report writes it: "242 / 349 个城市可在线提交诉求（69.34%）".</summary>
    public string Text(IReadOnlyList<NationalFigure> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        var of = Figure.Of is { } baseId ? all.FirstOrDefault(f => f.Figure.Id == baseId) : null;
        var percent = Percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";
        var text = of is null
            ? $"{Count} / {Base} 个城市{Figure.Label}（{percent}）"
            : $"{of.Figure.Label}的 {Base} 个城市中，{Count} 个{Figure.Label}（{percent}）";
        return NotMeasured > 0 ? $"{text}；{NotMeasured} 个未测" : text;
    }

    /// <summary>Every figure of the catalogue's summary over the cards, in catalogue order.</summary>
    public static IReadOnlyList<NationalFigure> Table(IndicatorCatalogue catalogue, IReadOnlyList<CityScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(cards);
        var figures = new List<NationalFigure>();
        foreach (var figure in catalogue.Summary)
        {
            var basis = figure.Of is { } of
                ? figures.First(f => f.Figure.Id == of).Cities.ToHashSet(StringComparer.Ordinal)
                : cards.Select(c => c.City.Code).ToHashSet(StringComparer.Ordinal);
            var scores = cards.Where(c => basis.Contains(c.City.Code)).Select(c => (c.City.Code, c.Find(figure.IndicatorId)?.Score)).ToList();
            var counted = scores.Where(s => s.Score >= figure.AtLeast - 1e-9).Select(s => s.Code).ToList();
            figures.Add(new NationalFigure(figure, counted.Count, scores.Count, scores.Count(s => s.Score is null), counted));
        }

        return figures;
    }
}
