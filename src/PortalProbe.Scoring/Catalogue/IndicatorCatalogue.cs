using PortalProbe.Diagnostics;
using PortalProbe.Scoring.Catalogue.Internal;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>
/// The indicator tree of <c>checks/indicators.yaml</c> (format: docs/export.md and the file's own comments):
/// first-level indicators whose weights add up to 100, down to leaves with scoring rules, and the lines of the
/// national table.
/// </summary>
public sealed class IndicatorCatalogue
{
    /// <summary>The catalogue's file name inside a checks folder.</summary>
    public const string FileName = "indicators.yaml";

    private readonly Dictionary<string, Indicator> _byId;

    internal IndicatorCatalogue(
        string file, ChannelCombination channels, IReadOnlyList<Indicator> roots, IReadOnlyList<SummaryFigure> summary)
    {
        File = file;
        Channels = channels;
        Roots = roots;
        Summary = summary;
        All = [.. roots.SelectMany(r => r.SelfAndDescendants())];
        _byId = All.ToDictionary(i => i.Id, StringComparer.Ordinal);
    }

    public string File { get; }

    /// <summary>The catalogue's default for combining channels; a leaf may say otherwise.</summary>
    public ChannelCombination Channels { get; }

    /// <summary>The first-level indicators.</summary>
    public IReadOnlyList<Indicator> Roots { get; }

    /// <summary>Every indicator, parents before children, in file order.</summary>
    public IReadOnlyList<Indicator> All { get; }

    public IReadOnlyList<SummaryFigure> Summary { get; }

    public IEnumerable<Indicator> Leaves => All.Where(i => i.IsLeaf);

    public Indicator? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads and checks a catalogue file.</summary>
    public static CatalogueLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CatalogueLoadResult(null, [Diagnostic.Error(SourceLocation.StartOf(path), $"cannot read the indicator catalogue: {e.Message}")]);
        }

        return Parse(text, path);
    }

    /// <summary>Checks a catalogue's text; <paramref name="file"/> names it in the diagnostics.</summary>
    public static CatalogueLoadResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new DiagnosticBag();
        var catalogue = CatalogueReader.Read(file, text, diagnostics);
        var ordered = diagnostics.Items.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList();
        return new CatalogueLoadResult(diagnostics.HasErrors ? null : catalogue, ordered);
    }
}
