using PortalProbe.Diagnostics;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>
/// One node of the indicator tree. A leaf has a <see cref="Rule"/>; an inner node is the weighted mean of its
/// children. <see cref="Weight"/> is the share of the parent in percent; siblings add up to 100.
/// </summary>
/// <param name="Level">1 for first-level indicators (服务响应, 服务规范, 问题解决), 2 and 3 below.</param>
/// <param name="Veto">A leaf scoring 0 zeroes its parent.</param>
/// <param name="Channels">How the city's channels combine for this leaf.</param>
public sealed record Indicator(
    string Id,
    string Name,
    double Weight,
    int Level,
    string? ParentId,
    IReadOnlyList<Indicator> Children,
    ScoringRule? Rule,
    bool Veto,
    ChannelCombination Channels,
    SourceLocation Location)
{
    public bool IsLeaf => Children.Count == 0;

    /// <summary>This node and everything below it, parents before children.</summary>
    public IEnumerable<Indicator> SelfAndDescendants() => Children.SelectMany(c => c.SelfAndDescendants()).Prepend(this);

    /// <summary>The leaves under this node (itself when it is a leaf).</summary>
    public IEnumerable<Indicator> Leaves() => SelfAndDescendants().Where(i => i.IsLeaf);
}
