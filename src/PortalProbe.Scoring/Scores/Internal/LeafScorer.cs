using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Inputs;

namespace PortalProbe.Scoring.Scores.Internal;

/// <summary>
/// Scores a leaf over a city's channels: within a channel every scenario of the kind must work (the lowest
/// measured one counts); across channels the leaf's <see cref="ChannelCombination"/> decides.
/// </summary>
internal static class LeafScorer
{
    public static LeafOutcome Score(Indicator leaf, CityResultSet city)
    {
        var rule = leaf.Rule!;
        if (rule is OverrideOnlyRule)
        {
            return LeafOutcome.NotMeasured("no check measures this; an evaluator's override scores it");
        }

        var scenarios = city.Scenarios.Where(s => s.Result.Kind == rule.From).ToList();
        if (scenarios.Count == 0)
        {
            return LeafOutcome.NotMeasured($"the city's script has no {rule.From.ToString().ToLowerInvariant()} scenario");
        }

        var channels = scenarios
            .GroupBy(s => s.Result.Channel)
            .OrderBy(g => g.Key)
            .Select(g => Worst(Reporting(rule, [.. g]).Select(s => RuleEvaluator.Apply(rule, s)).ToList()))
            .ToList();
        var measured = channels.Where(c => c.Score is not null).ToList();
        if (measured.Count == 0)
        {
            return LeafOutcome.NotMeasured(string.Join("; ", channels.Select(c => c.Reason)), [.. channels.SelectMany(c => c.From)]);
        }

        var chosen = leaf.Channels == ChannelCombination.Best
            ? measured.OrderByDescending(c => c.Score).First()
            : measured.OrderBy(c => c.Score).First();

        // An unmeasured channel could still change a best-of below 100 or an all-of above 0.
        var open = channels.Count > measured.Count
            && (leaf.Channels == ChannelCombination.Best ? chosen.Score < 100 : chosen.Score > 0);
        var reason = open
            ? $"{chosen.Reason}; not measured: {string.Join("; ", channels.Where(c => c.Score is null).Select(c => c.Reason))}"
            : chosen.Reason;
        return chosen with { Reason = reason, Incomplete = open };
    }

    /// <summary>
    /// Of a channel's scenarios of the kind, those that reported the rule's fact (a <c>reports</c> and a
    /// <c>cases</c> disclosure scenario each report their own); all of them when none did, so that a portal that
    /// is down still scores 0.
    /// </summary>
    private static List<SourcedScenario> Reporting(ScoringRule rule, List<SourcedScenario> scenarios)
    {
        if (rule.Fact is not { } fact)
        {
            return scenarios;
        }

        var reporting = scenarios.Where(s => s.Result.Facts.Any(f => f.Name == fact.Name)).ToList();
        return reporting.Count > 0 ? reporting : scenarios;
    }

    private static LeafOutcome Worst(List<LeafOutcome> outcomes)
    {
        var measured = outcomes.Where(o => o.Score is not null).OrderBy(o => o.Score).ToList();
        return measured.Count > 0 ? measured[0] : outcomes[0];
    }
}
