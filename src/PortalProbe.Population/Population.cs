using PortalProbe.Population.Cities;
using PortalProbe.Population.Truth;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Population;

/// <summary>A generated population: the cities, their portals' personalities, and the ground truth about each.</summary>
public sealed record Population(
    int Seed,
    DateOnly AsOf,
    IReadOnlyList<PopulationCity> Cities,
    PersonalitySet Personalities,
    IReadOnlyList<CityTruth> Truth);
