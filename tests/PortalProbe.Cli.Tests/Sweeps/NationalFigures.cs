using System.Text.Json;
using PortalProbe.Population.Truth;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Summaries;
using PortalProbe.Scoring.Tests.Support;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// The national table's figures as (count, base, not measured): read back from an exported JSON file, or computed from
/// ground truth with the shipped catalogue (<see cref="TruthResults"/>: what the checks would record if each found the truth).
/// </summary>
internal static class NationalFigures
{
    public static IndicatorCatalogue Catalogue() =>
        IndicatorCatalogue.Load(Path.Combine(RepoPaths.Checks, IndicatorCatalogue.FileName)).Catalogue!;

    public static Dictionary<string, (int Count, int Base, int NotMeasured)> OfTruth(IReadOnlyList<CityTruth> truth, DateTimeOffset at) =>
        ScoreReport.Build(Catalogue(), TruthResults.From(truth), null, [], at).National
            .ToDictionary(f => f.Figure.Id, f => (f.Count, f.Base, f.NotMeasured), StringComparer.Ordinal);

    public static async Task<Dictionary<string, (int Count, int Base, int NotMeasured)>> ExportedAsync(string path, int cities)
    {
        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(path));
        Assert.That(json.RootElement.GetProperty("cities").GetArrayLength(), Is.EqualTo(cities), "every city of the sweep is scored");
        return json.RootElement.GetProperty("national").GetProperty("figures").EnumerateArray().ToDictionary(
            f => f.GetProperty("id").GetString()!,
            f => (f.GetProperty("count").GetInt32(), f.GetProperty("base").GetInt32(), f.GetProperty("notMeasured").GetInt32()),
            StringComparer.Ordinal);
    }

    /// <summary>One line per figure for the test output: what the sweep measured next to what the truth gives.</summary>
    public static void Print(
        IReadOnlyDictionary<string, (int Count, int Base, int NotMeasured)> measured,
        IReadOnlyDictionary<string, (int Count, int Base, int NotMeasured)> truth)
    {
        foreach (var id in truth.Keys)
        {
            TestContext.Out.WriteLine($"{id,-16} sweep {measured[id].Count} / {measured[id].Base} ({measured[id].NotMeasured} not measured); ground truth {truth[id].Count} / {truth[id].Base} ({truth[id].NotMeasured} not measured)");
        }
    }
}
