using PortalProbe.Cities;
using PortalProbe.Scoring.Inputs;

namespace PortalProbe.Scoring.Scores.Internal;

/// <summary>What a rule made of one scenario, or of a leaf once its channels are combined.</summary>
internal sealed record LeafOutcome(double? Score, string Reason, IReadOnlyList<SourcedScenario> From, bool Incomplete = false)
{
    public ChannelKind? Channel => From.Count > 0 ? From[0].Result.Channel : null;

    public static LeafOutcome NotMeasured(string reason, params SourcedScenario[] from) => new(null, reason, from);
}
