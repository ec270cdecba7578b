using PortalProbe.Scoring.Scores;

namespace PortalProbe.Scoring.Summaries;

/// <summary>A city's place by total score; equal totals share a place (1, 2, 2, 4); null when the total is not measured.</summary>
public sealed record RankedCity(int? Rank, CityScoreCard Card)
{
    public static IReadOnlyList<RankedCity> Order(IEnumerable<CityScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var measured = cards.Where(c => c.Total.Score is not null)
            .OrderByDescending(c => Math.Round(c.Total.Score!.Value, 2))
            .ThenBy(c => c.City.Code, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<RankedCity>();
        for (var i = 0; i < measured.Count; i++)
        {
            var tied = i > 0 && Math.Round(measured[i].Total.Score!.Value, 2) == Math.Round(measured[i - 1].Total.Score!.Value, 2);
            ranked.Add(new RankedCity(tied ? ranked[i - 1].Rank : i + 1, measured[i]));
        }

        ranked.AddRange(cards.Where(c => c.Total.Score is null).OrderBy(c => c.City.Code, StringComparer.Ordinal).Select(c => new RankedCity(null, c)));
        return ranked;
    }
}
