using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population.Showcase;

/// <summary>
/// Picks a few cities of a population that together show every behaviour of the portal family (each style,
/// each registration, submission, progress and chatbot variant, each disclosure freshness, each link fault),
/// so a demo or a quick test covers them all without running 349 cities.
/// </summary>
public static class ShowcaseSelector
{
    /// <summary>Greedy set cover: repeatedly takes the city showing the most behaviours not yet shown.</summary>
    public static Population Select(Population population, int atMost)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(atMost);
        var portals = population.Personalities.Portals;
        var features = portals.Select(Features).ToList();
        var uncovered = features.SelectMany(f => f).ToHashSet(StringComparer.Ordinal);
        var chosen = new List<int>();
        while (chosen.Count < atMost && uncovered.Count > 0)
        {
            var best = Enumerable.Range(0, portals.Count)
                .Where(i => !chosen.Contains(i))
                .MaxBy(i => features[i].Count(uncovered.Contains));
            if (!features[best].Any(uncovered.Contains))
            {
                break;
            }

            chosen.Add(best);
            uncovered.ExceptWith(features[best]);
        }

        var codes = chosen.Select(i => portals[i].CityCode).ToHashSet(StringComparer.Ordinal);
        return population with
        {
            Cities = [.. population.Cities.Where(c => codes.Contains(c.City.Code))],
            Personalities = population.Personalities with { Portals = [.. portals.Where(p => codes.Contains(p.CityCode))] },
            Truth = [.. population.Truth.Where(t => codes.Contains(t.Code))],
        };
    }

    /// <summary>The behaviours one portal shows, as short names.</summary>
    public static IReadOnlyList<string> Features(PortalPersonality p) =>
    [
        $"style:{p.Style}",
        $"registration:{p.Registration}",
        $"submission:{p.Submission}",
        $"progress:{p.Progress}",
        $"chatbot:{p.Chatbot}",
        $"reports:{p.DataReports.Freshness}",
        $"cases:{p.HotCases.Freshness}",
        $"enterprise:{p.EnterpriseEntrance}",
        $"wechat-only:{p.WechatOnly}",
        .. Enum.GetValues<PortalFaults>().Where(f => f != PortalFaults.None && p.Has(f)).Select(f => $"fault:{f}"),
        .. p.Links.Select(l => $"link:{l.Behaviour}").Distinct(),
    ];
}
