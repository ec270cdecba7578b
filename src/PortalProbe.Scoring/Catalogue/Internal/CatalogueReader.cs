using System.Globalization;
using System.Text.RegularExpressions;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>Reads the catalogue's top level and the indicator tree, reporting every problem with its line.</summary>
internal static partial class CatalogueReader
{
    public const int MaxLevel = 3;

    /// <summary>Sibling weights may differ from 100 by rounding only.</summary>
    private const double WeightTolerance = 0.01;

    private static readonly string[] TopKeys = ["channels", "indicators", "summary"];
    private static readonly string[] IndicatorKeys = ["id", "name", "weight", "children", "rule", "veto", "channels"];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    public static IndicatorCatalogue? Read(string file, string text, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Items.Count;
        var root = YamlTreeReader.Read(file, text, diagnostics, DuplicateKeys.Keep);
        if (root is not YamlMapping mapping)
        {
            if (diagnostics.Items.Count == before)
            {
                diagnostics.Error(root?.Location ?? SourceLocation.StartOf(file), "expected a mapping with 'indicators' (and optionally 'channels' and 'summary')");
            }

            return null;
        }

        var keys = MappingKeys.Check(mapping, "the catalogue", TopKeys, diagnostics);
        var channels = keys.TryGetValue("channels", out var c) ? ReadChannels(c.Value, diagnostics) : ChannelCombination.Best;
        if (!keys.TryGetValue("indicators", out var indicators))
        {
            diagnostics.Error(mapping.Location, "the catalogue has no 'indicators'");
            return null;
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var roots = ReadSiblings(indicators, 1, null, channels ?? ChannelCombination.Best, ids, diagnostics);
        var all = roots.SelectMany(r => r.SelfAndDescendants()).ToDictionary(i => i.Id, StringComparer.Ordinal);
        var summary = keys.TryGetValue("summary", out var s) ? SummaryReader.Read(s.Value, all, diagnostics) : [];
        return new IndicatorCatalogue(file, channels ?? ChannelCombination.Best, roots, summary);
    }

    private static List<Indicator> ReadSiblings(
        YamlEntry entry, int level, Indicator? parentStub, ChannelCombination channels, Dictionary<string, int> ids, DiagnosticBag diagnostics)
    {
        if (entry.Value is not YamlSequence { Items.Count: > 0 } sequence)
        {
            diagnostics.Error(entry.Value.Location, $"'{entry.Key.Value}' must be a list of indicators");
            return [];
        }

        var siblings = new List<Indicator>();
        foreach (var item in sequence.Items)
        {
            if (ReadIndicator(item, level, parentStub?.Id, channels, ids, diagnostics) is { } indicator)
            {
                siblings.Add(indicator);
            }
        }

        var sum = siblings.Sum(i => i.Weight);
        if (siblings.Count == sequence.Items.Count && Math.Abs(sum - 100) > WeightTolerance)
        {
            var of = parentStub is null ? "the first-level indicators" : $"the indicators under '{parentStub.Id}'";
            diagnostics.Error(entry.Key.Location, string.Create(CultureInfo.InvariantCulture,
                $"the weights of {of} add up to {sum:0.##}, not 100 ({string.Join(" + ", siblings.Select(i => $"{i.Id} {i.Weight:0.##}"))})"));
        }

        return siblings;
    }

    private static Indicator? ReadIndicator(
        YamlNode node, int level, string? parentId, ChannelCombination inherited, Dictionary<string, int> ids, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Location, "an indicator must be a mapping with id, name, weight and children or rule");
            return null;
        }

        var keys = MappingKeys.Check(mapping, "an indicator", IndicatorKeys, diagnostics);
        var id = keys.TryGetValue("id", out var i) ? Scalars.Text(i.Value, "'id'", diagnostics) : Missing(mapping, "id", diagnostics);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            diagnostics.Error(i!.Value.Location, $"indicator id '{id}' may hold only letters, digits, '.', '-' and '_'");
        }
        else if (id is not null && !ids.TryAdd(id, i!.Value.Location.Line))
        {
            diagnostics.Error(i.Value.Location, $"indicator id '{id}' is used twice (first at line {ids[id]})");
            id = null;
        }

        var name = keys.TryGetValue("name", out var n) ? Scalars.Text(n.Value, "'name'", diagnostics) : Missing(mapping, "name", diagnostics);
        var weight = keys.TryGetValue("weight", out var w) ? Scalars.Number(w.Value, "'weight'", diagnostics) : MissingNumber(mapping, "weight", diagnostics);
        if (weight is <= 0 or > 100)
        {
            diagnostics.Error(w!.Value.Location, string.Create(CultureInfo.InvariantCulture, $"'weight' must be more than 0 and at most 100, not {weight}"));
            weight = null;
        }

        var channels = keys.TryGetValue("channels", out var c) ? ReadChannels(c.Value, diagnostics) ?? inherited : inherited;
        var veto = keys.TryGetValue("veto", out var v) && (Scalars.Boolean(v.Value, "'veto'", diagnostics) ?? false);
        if (veto && level == 1)
        {
            diagnostics.Error(v!.Key.Location, "a first-level indicator has no parent to veto");
        }

        var hasChildren = keys.TryGetValue("children", out var children);
        var hasRule = keys.TryGetValue("rule", out var rule);
        List<Indicator> read = [];
        ScoringRule? scoring = null;
        if (hasChildren == hasRule)
        {
            diagnostics.Error(mapping.Location, $"indicator '{id}' needs either 'children' or a 'rule', not {(hasRule ? "both" : "neither")}");
        }
        else if (hasChildren && level == MaxLevel)
        {
            diagnostics.Error(children!.Key.Location, $"indicator '{id}' is at level {MaxLevel}, the lowest; it needs a 'rule', not 'children'");
        }
        else if (hasChildren)
        {
            var stub = new Indicator(id ?? "?", name ?? "", 0, level, parentId, [], null, false, channels, mapping.Location);
            read = ReadSiblings(children!, level + 1, stub, channels, ids, diagnostics);
        }
        else
        {
            scoring = RuleReader.Read(rule!.Value, diagnostics);
        }

        if (veto && hasChildren)
        {
            diagnostics.Error(v!.Key.Location, $"'veto' belongs on a leaf; '{id}' has children");
        }

        return id is null || name is null || weight is null || (hasRule && scoring is null)
            ? null
            : new Indicator(id, name, weight.Value, level, parentId, read, scoring, veto, channels, mapping.Location);
    }

    private static ChannelCombination? ReadChannels(YamlNode node, DiagnosticBag diagnostics)
    {
        switch ((node as YamlScalar)?.Value)
        {
            case "best": return ChannelCombination.Best;
            case "all": return ChannelCombination.All;
            default:
                diagnostics.Error(node.Location, "'channels' must be 'best' (the best channel counts) or 'all' (every channel must work)");
                return null;
        }
    }

    private static double? MissingNumber(YamlMapping mapping, string key, DiagnosticBag diagnostics)
    {
        Missing(mapping, key, diagnostics);
        return null;
    }

    private static string? Missing(YamlMapping mapping, string key, DiagnosticBag diagnostics)
    {
        diagnostics.Error(mapping.Location, $"the indicator has no '{key}'");
        return null;
    }
}
