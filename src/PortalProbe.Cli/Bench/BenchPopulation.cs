using PortalProbe.Population.Generation;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;

namespace PortalProbe.Cli.Bench;

/// <summary>
/// The benchmark's country: the full generated population of 349 cities (so its national figures hold), cut to its
/// first N cities, with <see cref="BenchFaults"/> applied and ground truth derived again from the faulted portals (a
/// hanging portal's functions all fail). Written to a folder for the sweep's scripts; served from memory.
/// </summary>
internal static class BenchPopulation
{
    public const int AllCities = 349;

    public static Population.Population Build(int cities, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cities, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(cities, AllCities);
        var full = PopulationGenerator.Generate(AllCities, seed, PopulationGenerator.DefaultAsOf);
        var portals = full.Personalities.Portals.Take(cities).Select(BenchFaults.Apply).ToList();
        var set = full.Personalities with { Portals = portals };
        var chosen = full.Cities.Take(cities).ToList();
        return full with
        {
            Cities = chosen,
            Personalities = set,
            Truth = [.. chosen.Select((c, i) => GroundTruth.Derive(c.City, portals[i], set))],
        };
    }

    /// <summary>Writes scripts, templates, personalities and ground truth to <paramref name="folder"/>.</summary>
    public static void Write(Population.Population population, string folder) => PopulationWriter.Write(population, folder);

    /// <summary><paramref name="count"/> cities spread evenly over the list (the first always among them).</summary>
    public static IReadOnlyList<string> Sample(IReadOnlyList<string> codes, int count)
    {
        ArgumentNullException.ThrowIfNull(codes);
        count = Math.Clamp(count, 1, codes.Count);
        return [.. Enumerable.Range(0, count).Select(i => codes[(int)((long)i * codes.Count / count)]).Distinct(StringComparer.Ordinal)];
    }
}
