using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Writing;

namespace PortalProbe.Cli.Demo;

/// <summary>
/// The demo's share of the generated country: the few cities of the default population that together show
/// every behaviour of the portal family, written (scripts, templates, ground truth) under the data directory.
/// </summary>
internal static class DemoPopulation
{
    public const int Cities = 12;

    /// <summary>
    /// Writes the showcase dated as of <paramref name="today"/>: the portals date their reports and hot cases from it,
    /// so that the probe, judging recency against the same day, finds what ground truth says.
    /// </summary>
    public static string Write(string dataRoot, DateOnly today)
    {
        var folder = Path.Combine(dataRoot, "demo-population");
        var full = PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, today);
        PopulationWriter.Write(ShowcaseSelector.Select(full, Cities), folder);
        return folder;
    }
}
