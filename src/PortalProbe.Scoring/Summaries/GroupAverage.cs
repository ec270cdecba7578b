using PortalProbe.Cities;
using PortalProbe.Scoring.Scores;

namespace PortalProbe.Scoring.Summaries;

/// <summary>How cities are grouped for averages.</summary>
public enum CityGrouping
{
    /// <summary>一线, 新一线, 二线 ... 五线.</summary>
    Tier,
    Province,

    /// <summary>直辖市, 副省级, 省会, 地级市.</summary>
    Level,
}

/// <summary>The mean score of each indicator (and the total) over a group's cities that have it measured.</summary>
/// <param name="Means">By indicator id (and <see cref="CityScoreCard.TotalId"/>): the mean and how many cities it is over.</param>
public sealed record GroupAverage(CityGrouping Grouping, string Group, int Cities, IReadOnlyDictionary<string, (double? Mean, int Measured)> Means)
{
    public static IReadOnlyList<GroupAverage> Of(IReadOnlyList<CityScoreCard> cards, CityGrouping grouping)
    {
        ArgumentNullException.ThrowIfNull(cards);
        return [.. cards
            .GroupBy(c => KeyOf(c.City, grouping))
            .OrderBy(g => Order(g.Key, grouping)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupAverage(grouping, g.Key, g.Count(), Over(g.ToList())))];
    }

    /// <summary>The means over every city: the national averages.</summary>
    public static IReadOnlyDictionary<string, (double? Mean, int Measured)> Over(IReadOnlyList<CityScoreCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var ids = cards.SelectMany(c => c.Indicators.Select(i => i.Id)).Distinct().Prepend(CityScoreCard.TotalId);
        return ids.ToDictionary(id => id, id =>
        {
            var scores = cards.Select(c => c.Find(id)?.Score).OfType<double>().ToList();
            return (scores.Count == 0 ? (double?)null : scores.Average(), scores.Count);
        }, StringComparer.Ordinal);
    }

    public static string Label(CityGrouping grouping) => grouping switch
    {
        CityGrouping.Tier => "城市线级",
        CityGrouping.Province => "省份",
        _ => "行政级别",
    };

    private static string KeyOf(CityInfo city, CityGrouping grouping) => grouping switch
    {
        CityGrouping.Tier => city.Tier,
        CityGrouping.Province => city.Province,
        _ => city.Level,
    };

    private static int Order(string key, CityGrouping grouping)
    {
        var list = grouping switch
        {
            CityGrouping.Tier => CityInfo.Tiers,
            CityGrouping.Level => CityInfo.Levels,
            _ => [],
        };
        var index = list.ToList().IndexOf(key);
        return index < 0 ? int.MaxValue : index;
    }
}
