using PortalProbe.Facts;
using PortalProbe.Results;

namespace PortalProbe.Scoring.Inputs;

/// <summary>A scenario result with the run it came from.</summary>
public sealed record SourcedScenario(long RunId, DateTimeOffset RunStartedAt, ScenarioResult Result)
{
    /// <summary>The scenario ran live (its <c>mode</c> fact says so): actions with side effects were performed.</summary>
    public bool IsLive => Result.Facts.Any(f => f.Name == FactRegistry.Mode.Name && f.Value == "live");
}
