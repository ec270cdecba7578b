using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Overrides;
using PortalProbe.Results;

namespace PortalProbe.Scoring.Scores;

/// <summary>
/// One indicator's score for one city, with what it rests on: the facts and evidence of the deciding
/// scenarios, or the override in force.
/// </summary>
/// <param name="Score">0 to 100; null when not measured.</param>
/// <param name="Incomplete">Some leaf below was not measured: the score is over the measured ones, weights rescaled.</param>
/// <param name="Computed">What the checks alone gave, kept when an override replaced it.</param>
/// <param name="Channel">For a leaf, the channel whose result decided.</param>
/// <param name="MissingLeaves">Ids of the leaves at or below this indicator that are not measured.</param>
public sealed record IndicatorScore(
    string Id,
    string Name,
    int Level,
    string? ParentId,
    bool IsLeaf,
    double? Score,
    ScoreStatus Status,
    bool Incomplete,
    string Reason,
    double? Computed,
    IndicatorOverride? Override,
    ChannelKind? Channel,
    IReadOnlyList<FactValue> Facts,
    IReadOnlyList<EvidenceRef> Evidence,
    IReadOnlyList<ScenarioRef> Scenarios,
    IReadOnlyList<string> MissingLeaves)
{
    public bool IsMeasured => Score is not null;
}
