using PortalProbe.Cities;

namespace PortalProbe.Scoring.Scores;

/// <summary>Every indicator's score for one city, in catalogue order, and the total over the first level.</summary>
public sealed record CityScoreCard(CityInfo City, IndicatorScore Total, IReadOnlyList<IndicatorScore> Indicators)
{
    /// <summary>The id the total goes by in exports.</summary>
    public const string TotalId = "total";

    public IndicatorScore? Find(string id) =>
        id == TotalId ? Total : Indicators.FirstOrDefault(i => i.Id == id);

    /// <summary>Leaves that are not measured, the list an evaluator works through.</summary>
    public IEnumerable<IndicatorScore> NotMeasuredLeaves => Indicators.Where(i => i.IsLeaf && i.Score is null);
}
