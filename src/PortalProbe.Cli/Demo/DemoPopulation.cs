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

    public static string Write(string dataRoot)
    {
        var folder = Path.Combine(dataRoot, "demo-population");
        var full = PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf);
        PopulationWriter.Write(ShowcaseSelector.Select(full, Cities), folder);
        return folder;
    }
}
