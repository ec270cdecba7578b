using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>Reads <c>summary:</c>, the lines of the national table.</summary>
internal static class SummaryReader
{
    private static readonly string[] Keys = ["id", "label", "indicator", "atLeast", "of"];

    public static List<SummaryFigure> Read(YamlNode node, IReadOnlyDictionary<string, Indicator> indicators, DiagnosticBag diagnostics)
    {
        var figures = new List<SummaryFigure>();
        if (node is not YamlSequence sequence)
        {
            diagnostics.Error(node.Location, "'summary' must be a list of figures such as { id: appeal, label: 可在线提交诉求, indicator: ID }");
            return figures;
        }

        foreach (var item in sequence.Items)
        {
            if (item is not YamlMapping mapping)
            {
                diagnostics.Error(item.Location, "a summary figure must be a mapping with id, label and indicator");
                continue;
            }

            var keys = MappingKeys.Check(mapping, "a summary figure", Keys, diagnostics);
            var id = Required(keys, mapping, "id", diagnostics);
            var label = Required(keys, mapping, "label", diagnostics);
            var indicator = Required(keys, mapping, "indicator", diagnostics);
            if (indicator is not null && !indicators.ContainsKey(indicator))
            {
                diagnostics.Error(keys["indicator"].Value.Location, $"the summary names unknown indicator '{indicator}'");
                indicator = null;
            }

            var atLeast = keys.TryGetValue("atLeast", out var a) ? Scalars.Score(a.Value, "'atLeast'", diagnostics) : 100;
            string? of = null;
            if (keys.TryGetValue("of", out var o))
            {
                of = Scalars.Text(o.Value, "'of'", diagnostics);
                if (of is not null && !figures.Exists(f => f.Id == of))
                {
                    diagnostics.Error(o.Value.Location, $"'of: {of}' must name a figure listed above this one");
                }
            }

            if (id is not null && figures.Exists(f => f.Id == id))
            {
                diagnostics.Error(keys["id"].Value.Location, $"summary figure '{id}' is listed twice");
            }
            else if (id is not null && label is not null && indicator is not null && atLeast is not null)
            {
                figures.Add(new SummaryFigure(id, label, indicator, atLeast.Value, of, mapping.Location));
            }
        }

        return figures;
    }

    private static string? Required(Dictionary<string, YamlEntry> keys, YamlMapping mapping, string key, DiagnosticBag diagnostics)
    {
        if (keys.TryGetValue(key, out var entry))
        {
            return Scalars.Text(entry.Value, $"'{key}'", diagnostics);
        }

        diagnostics.Error(mapping.Location, $"the summary figure has no '{key}'");
        return null;
    }
}
