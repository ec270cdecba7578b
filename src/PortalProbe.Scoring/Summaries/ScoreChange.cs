using PortalProbe.Cities;
using PortalProbe.Scoring.Scores;

namespace PortalProbe.Scoring.Summaries;

/// <summary>How an indicator of a city changed between two result sets.</summary>
public enum ChangeKind
{
    /// <summary>The score went down.</summary>
    Regressed,

    /// <summary>It was measured and is not any more.</summary>
    NoLongerMeasured,

    Improved,

    /// <summary>It was not measured and now is.</summary>
    NewlyMeasured,
}

/// <summary>One changed indicator of one city; unchanged ones are not listed.</summary>
public sealed record ScoreChange(CityInfo City, string IndicatorId, string Name, int Level, double? Before, double? After, ChangeKind Kind)
{
    public double? Delta => Before is { } b && After is { } a ? a - b : null;

    /// <summary>Every change between two score tables, regressions first (largest drop first), then the rest.</summary>
    public static IReadOnlyList<ScoreChange> Compare(IReadOnlyList<CityScoreCard> before, IReadOnlyList<CityScoreCard> after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var earlier = before.ToDictionary(c => c.City.Code, StringComparer.Ordinal);
        var changes = new List<ScoreChange>();
        foreach (var card in after)
        {
            if (!earlier.TryGetValue(card.City.Code, out var old))
            {
                continue;
            }

            foreach (var now in card.Indicators.Prepend(card.Total))
            {
                var then = old.Find(now.Id)?.Score;
                var kind = Classify(then, now.Score);
                if (kind is not null)
                {
                    changes.Add(new ScoreChange(card.City, now.Id, now.Name, now.Level, then, now.Score, kind.Value));
                }
            }
        }

        return [.. changes
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Kind is ChangeKind.Regressed or ChangeKind.Improved ? -Math.Abs(c.Delta!.Value) : 0)
            .ThenBy(c => c.City.Code, StringComparer.Ordinal)
            .ThenBy(c => c.Level)];
    }

    private static ChangeKind? Classify(double? before, double? after) => (before, after) switch
    {
        (null, null) => null,
        ({ }, null) => ChangeKind.NoLongerMeasured,
        (null, { }) => ChangeKind.NewlyMeasured,
        var (b, a) when Math.Abs(a!.Value - b!.Value) < 0.005 => null,
        var (b, a) => a < b ? ChangeKind.Regressed : ChangeKind.Improved,
    };
}
