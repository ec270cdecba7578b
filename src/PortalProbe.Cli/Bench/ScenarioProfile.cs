using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Bench;

/// <summary>Where a sweep's time went, by scenario kind: every attempt's duration summed, and the share spent re-checking.</summary>
internal sealed record ScenarioProfile(string Kind, int Scenarios, TimeSpan Total, TimeSpan Rechecks)
{
    /// <summary>Kinds by total time, the slowest first.</summary>
    public static IReadOnlyList<ScenarioProfile> Of(IEnumerable<CityRunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return [.. runs.SelectMany(r => r.Scenarios)
            .GroupBy(s => s.Kind)
            .Select(g => new ScenarioProfile(
                g.Key.ToId(),
                g.Count(),
                TimeSpan.FromTicks(g.Sum(s => s.Attempts.Sum(a => a.Duration.Ticks))),
                TimeSpan.FromTicks(g.Sum(s => s.Attempts.Skip(1).Sum(a => a.Duration.Ticks)))))
            .OrderByDescending(p => p.Total)];
    }
}
