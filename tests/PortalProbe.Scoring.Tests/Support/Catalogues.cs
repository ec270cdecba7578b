using PortalProbe.Scoring.Catalogue;
using PortalProbe.Testing;

namespace PortalProbe.Scoring.Tests.Support;

/// <summary>Catalogues for tests: the shipped one, and small ones written inline.</summary>
internal static class Catalogues
{
    public static string DefaultPath => Path.Combine(RepoPaths.Checks, IndicatorCatalogue.FileName);

    public static IndicatorCatalogue Default { get; } = Load(DefaultPath);

    public static IndicatorCatalogue Parse(string yaml)
    {
        var result = IndicatorCatalogue.Parse(yaml, "test.yaml");
        Assert.That(result.Diagnostics, Is.Empty, "the test catalogue must be valid");
        return result.Catalogue!;
    }

    private static IndicatorCatalogue Load(string path)
    {
        var result = IndicatorCatalogue.Load(path);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result.Catalogue!;
    }
}
