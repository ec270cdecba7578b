using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Scoring.Inputs;

/// <summary>What is scored for one city: one result per scenario and channel, each with the run it came from.</summary>
public sealed record CityResultSet(CityInfo City, IReadOnlyList<SourcedScenario> Scenarios)
{
    /// <summary>The kinds whose working can only be shown by a live run: inside a campaign they come from its live runs.</summary>
    public static readonly IReadOnlyList<ScenarioKind> LiveKinds = [ScenarioKind.Registration, ScenarioKind.Submission, ScenarioKind.Progress];

    /// <summary>Every scenario of one run.</summary>
    public static CityResultSet FromRun(CityRunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new CityResultSet(run.City, [.. run.Scenarios.Select(s => new SourcedScenario(run.RunId, run.StartedAt, s))]);
    }

    /// <summary>
    /// The runs of one city in a campaign merged: for each scenario and channel the latest result, except that
    /// registration, submission and progress come from the latest live run that has them (a dry run's result is
    /// used only when no live run has one). The city is described as its latest run describes it.
    /// </summary>
    public static CityResultSet Merge(IReadOnlyList<CityRunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("there is no run to merge", nameof(runs));
        }

        var latestFirst = runs.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.RunId).ToList();
        var chosen = latestFirst
            .SelectMany(r => r.Scenarios.Select(s => new SourcedScenario(r.RunId, r.StartedAt, s)))
            .GroupBy(s => (s.Result.Scenario, s.Result.Channel))
            .Select(g => LiveKinds.Contains(g.First().Result.Kind) ? g.FirstOrDefault(s => s.IsLive) ?? g.First() : g.First())
            .OrderBy(s => s.Result.Channel).ThenBy(s => s.Result.Scenario, StringComparer.Ordinal)
            .ToList();
        return new CityResultSet(latestFirst[0].City, chosen);
    }
}
