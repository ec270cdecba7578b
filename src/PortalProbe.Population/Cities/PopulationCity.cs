using PortalProbe.Cities;

namespace PortalProbe.Population.Cities;

/// <summary>A real city of the catalogue, with an ASCII name for file names.</summary>
public sealed record PopulationCity(CityInfo City, string Pinyin);
