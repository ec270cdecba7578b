using System.Globalization;
using PortalProbe.Scoring.Catalogue;

namespace PortalProbe.Scoring.Exports.Internal;

/// <summary>A rule in one line, as the catalogue writes it.</summary>
internal static class RuleText
{
    public static string Describe(ScoringRule rule)
    {
        var from = rule is OverrideOnlyRule or VerdictRule ? "" : $" from {rule.From.ToString().ToLowerInvariant()}";
        var live = rule.LiveOnly ? " (live)" : "";
        var what = rule switch
        {
            VerdictRule v => $"verdict {v.From.ToString().ToLowerInvariant()}",
            BooleanFactRule f => $"fact {f.BooleanFact.Name}",
            ProportionRule p => $"proportion {p.RatioFact.Name}",
            ThresholdRule t => string.Create(CultureInfo.InvariantCulture, $"threshold {t.NumberFact.Name}: {string.Join(", ", t.Levels)}, otherwise {t.Otherwise}"),
            DeductionRule d => string.Create(CultureInfo.InvariantCulture, $"deduct {d.NumberFact.Name}: {d.PerUnit} per unit, floor {d.Floor}"),
            _ => "override only",
        };
        return what + from + live;
    }
}
