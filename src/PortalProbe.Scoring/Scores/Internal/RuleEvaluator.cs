using PortalProbe.Cities;
using System.Globalization;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Inputs;

namespace PortalProbe.Scoring.Scores.Internal;

/// <summary>
/// Applies a leaf's rule to one scenario result. Manual, error and skipped verdicts are never a score; a failed
/// scenario that reported no fact scores 0, since a citizen gets nothing from a function that does not open.
/// </summary>
internal static class RuleEvaluator
{
    public static LeafOutcome Apply(ScoringRule rule, SourcedScenario source)
    {
        var result = source.Result;
        var where = $"{result.Channel.ToId()} '{result.Scenario}'";
        switch (result.Verdict)
        {
            case Verdict.Manual:
                return LeafOutcome.NotMeasured($"{where} needs a person (manual): {result.Reason}", source);
            case Verdict.Error:
                return LeafOutcome.NotMeasured($"{where} errored (our fault, not the portal's): {result.Reason}", source);
            case Verdict.Skipped:
                return LeafOutcome.NotMeasured($"{where} was not run", source);
        }

        if (rule.LiveOnly && !source.IsLive)
        {
            return result.Verdict == Verdict.Fail
                ? new LeafOutcome(0, $"{where} failed before any live step (dry run): {result.Reason}", [source])
                : LeafOutcome.NotMeasured($"{where} was a dry run: working is shown only by a campaign's live run", source);
        }

        if (rule is VerdictRule)
        {
            return result.Verdict == Verdict.Pass
                ? new LeafOutcome(100, $"{where} passed", [source])
                : new LeafOutcome(0, $"{where} failed: {result.Reason}", [source]);
        }

        var definition = rule.Fact!;
        var fact = result.Facts.FirstOrDefault(f => f.Name == definition.Name);
        if (fact is null)
        {
            return result.Verdict == Verdict.Fail
                ? new LeafOutcome(0, $"{where} failed before measuring {definition.Name}: {result.Reason}", [source])
                : LeafOutcome.NotMeasured($"{where} passed without reporting {definition.Name}", source);
        }

        var score = Score(rule, fact);
        return new LeafOutcome(score, string.Create(CultureInfo.InvariantCulture, $"{where}: {fact.Name} = {fact.Value} -> {score:0.##}"), [source]);
    }

    private static double Score(ScoringRule rule, FactValue fact)
    {
        if (rule is BooleanFactRule)
        {
            return fact.Value == "true" ? 100 : 0;
        }

        var value = double.Parse(fact.Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        return rule switch
        {
            ProportionRule => Math.Clamp(value * 100, 0, 100),
            ThresholdRule t => t.Levels.FirstOrDefault(l => l.IsReachedBy(value))?.Score ?? t.Otherwise,
            DeductionRule d => Math.Max(d.Floor, 100 - (d.PerUnit * value)),
            _ => throw new InvalidOperationException($"rule {rule.GetType().Name} reads no number"),
        };
    }
}
