using PortalProbe.Diagnostics;
using PortalProbe.Facts;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>
/// Reads a leaf's <c>rule:</c>, one of <c>verdict: KIND</c>, <c>fact: NAME</c>, <c>proportion: NAME</c>,
/// <c>threshold: NAME</c> (with <c>levels</c>), <c>deduct: NAME</c> (with <c>per</c>) or <c>override: true</c>;
/// fact rules name the scenario kind they read with <c>from</c>.
/// </summary>
internal static class RuleReader
{
    private static readonly string[] RuleKinds = ["verdict", "fact", "proportion", "threshold", "deduct", "override"];
    private static readonly string[] Keys = [.. RuleKinds, "from", "live", "levels", "otherwise", "per", "floor"];
    private static readonly string[] LevelKeys = ["atLeast", "above", "atMost", "below", "score"];

    public static ScoringRule? Read(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Location, $"a rule must be a mapping with one of {Quoted(RuleKinds)}");
            return null;
        }

        var keys = MappingKeys.Check(mapping, "a rule", Keys, diagnostics);
        var kinds = RuleKinds.Where(keys.ContainsKey).ToList();
        if (kinds.Count != 1)
        {
            diagnostics.Error(mapping.Location, kinds.Count == 0
                ? $"the rule says nothing to score by; give one of {Quoted(RuleKinds)}"
                : $"the rule gives {Quoted(kinds)}; give exactly one");
            return null;
        }

        var kind = kinds[0];
        var live = keys.TryGetValue("live", out var l) && (Scalars.Boolean(l.Value, "'live'", diagnostics) ?? false);
        Unexpected(keys, kind, diagnostics);
        var at = keys[kind].Key.Location;
        switch (kind)
        {
            case "override":
                if (Scalars.Boolean(keys[kind].Value, "'override'", diagnostics) is false)
                {
                    diagnostics.Error(keys[kind].Value.Location, "'override: false' scores nothing; write 'override: true' for a leaf only an evaluator can score");
                }

                return new OverrideOnlyRule(at);
            case "verdict":
                return ScenarioKindOf(keys[kind].Value, diagnostics) is { } verdictOf ? new VerdictRule(verdictOf, live, at) : null;
        }

        var fact = FactOf(keys[kind].Value, kind, diagnostics);
        ScenarioKind? from = keys.TryGetValue("from", out var f) ? ScenarioKindOf(f.Value, diagnostics) : null;
        if (!keys.ContainsKey("from"))
        {
            diagnostics.Error(mapping.Location, $"a '{kind}' rule needs 'from': the scenario kind whose facts it reads");
        }

        if (fact is null || from is null)
        {
            return null;
        }

        return kind switch
        {
            "fact" => new BooleanFactRule(fact, from.Value, live, at),
            "proportion" => new ProportionRule(fact, from.Value, live, at),
            "threshold" => ReadThreshold(mapping, keys, fact, from.Value, live, at, diagnostics),
            _ => ReadDeduction(mapping, keys, fact, from.Value, live, at, diagnostics),
        };
    }

    private static ThresholdRule? ReadThreshold(
        YamlMapping mapping, Dictionary<string, YamlEntry> keys, FactDefinition fact, ScenarioKind from, bool live, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!keys.TryGetValue("levels", out var levels) || levels.Value is not YamlSequence { Items.Count: > 0 } list)
        {
            diagnostics.Error(keys.TryGetValue("levels", out var given) ? given.Value.Location : mapping.Location,
                "a threshold rule needs 'levels': a list such as [{ atLeast: 2, score: 100 }]");
            return null;
        }

        var read = list.Items.Select(i => ReadLevel(i, diagnostics)).ToList();
        var otherwise = keys.TryGetValue("otherwise", out var o) ? Scalars.Score(o.Value, "'otherwise'", diagnostics) : 0;
        return read.Any(r => r is null) || otherwise is null
            ? null
            : new ThresholdRule(fact, [.. read.OfType<ThresholdLevel>()], otherwise.Value, from, live, at);
    }

    private static ThresholdLevel? ReadLevel(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Location, "a level must be a mapping such as { atLeast: 2, score: 100 }");
            return null;
        }

        var keys = MappingKeys.Check(mapping, "a level", LevelKeys, diagnostics);
        var comparisons = LevelKeys[..4].Where(keys.ContainsKey).ToList();
        if (comparisons.Count != 1 || !keys.TryGetValue("score", out var score))
        {
            diagnostics.Error(mapping.Location, "a level needs exactly one of 'atLeast', 'above', 'atMost', 'below' and a 'score'");
            return null;
        }

        var bound = Scalars.Number(keys[comparisons[0]].Value, $"'{comparisons[0]}'", diagnostics);
        var value = Scalars.Score(score.Value, "'score'", diagnostics);
        var comparison = comparisons[0] switch
        {
            "atLeast" => Comparison.AtLeast,
            "above" => Comparison.Above,
            "atMost" => Comparison.AtMost,
            _ => Comparison.Below,
        };
        return bound is null || value is null ? null : new ThresholdLevel(comparison, bound.Value, value.Value);
    }

    private static DeductionRule? ReadDeduction(
        YamlMapping mapping, Dictionary<string, YamlEntry> keys, FactDefinition fact, ScenarioKind from, bool live, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (!keys.TryGetValue("per", out var per))
        {
            diagnostics.Error(mapping.Location, "a deduct rule needs 'per': the points taken off for each unit of the fact");
            return null;
        }

        var points = Scalars.Number(per.Value, "'per'", diagnostics);
        if (points is <= 0)
        {
            diagnostics.Error(per.Value.Location, "'per' must be more than 0");
            return null;
        }

        var floor = keys.TryGetValue("floor", out var f) ? Scalars.Score(f.Value, "'floor'", diagnostics) : 0;
        return points is null || floor is null ? null : new DeductionRule(fact, points.Value, floor.Value, from, live, at);
    }

    private static FactDefinition? FactOf(YamlNode node, string kind, DiagnosticBag diagnostics)
    {
        if (Scalars.Text(node, $"'{kind}'", diagnostics) is not { } name)
        {
            return null;
        }

        if (FactRegistry.Find(name) is not { } fact)
        {
            diagnostics.Error(node.Location, $"unknown fact '{name}'; the fact registry (README, Facts) lists every fact a check reports");
            return null;
        }

        FactType[] allowed = kind switch
        {
            "fact" => [FactType.Boolean],
            "proportion" => [FactType.Ratio],
            _ => [FactType.Count, FactType.Duration, FactType.Ratio],
        };
        if (!allowed.Contains(fact.Type))
        {
            diagnostics.Error(node.Location,
                $"a '{kind}' rule needs a {string.Join(" or ", allowed.Select(a => a.ToString().ToLowerInvariant()))} fact; '{name}' is a {fact.Type.ToString().ToLowerInvariant()}");
            return null;
        }

        return fact;
    }

    private static ScenarioKind? ScenarioKindOf(YamlNode node, DiagnosticBag diagnostics)
    {
        var id = (node as YamlScalar)?.Value;
        if (ScenarioKinds.TryParse(id, out var kind) && kind != ScenarioKind.Custom)
        {
            return kind;
        }

        diagnostics.Error(node.Location,
            $"unknown scenario kind '{id}'; expected one of {Quoted(ScenarioKinds.Ids.Where(k => k != "custom").ToList())}");
        return null;
    }

    private static void Unexpected(Dictionary<string, YamlEntry> keys, string kind, DiagnosticBag diagnostics)
    {
        string[] allowed = kind switch
        {
            "override" => [],
            "verdict" => ["live"],
            "threshold" => ["from", "live", "levels", "otherwise"],
            "deduct" => ["from", "live", "per", "floor"],
            _ => ["from", "live"],
        };
        foreach (var (key, entry) in keys.Where(k => k.Key != kind && !allowed.Contains(k.Key)))
        {
            diagnostics.Error(entry.Key.Location, $"'{key}' does not belong in a '{kind}' rule");
        }
    }

    private static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"'{i}'"));
}
