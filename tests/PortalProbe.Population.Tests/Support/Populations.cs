using PortalProbe.Population.Generation;

namespace PortalProbe.Population.Tests.Support;

/// <summary>The default population, generated once for the tests that only read it.</summary>
internal static class Populations
{
    private static readonly Lazy<Population> Full = new(() => PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf));

    public static Population Default => Full.Value;

    public static CancellationToken Ct => TestContext.CurrentContext.CancellationToken;
}
