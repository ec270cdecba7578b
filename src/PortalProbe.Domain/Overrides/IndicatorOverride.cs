using PortalProbe.Results;

namespace PortalProbe.Overrides;

/// <summary>
/// One row of the override history: an evaluator set an indicator's score for a city (<see cref="Value"/> given)
/// or removed an earlier decision (<see cref="Value"/> null). Rows are never changed; the latest row of a city
/// and indicator decides.
/// </summary>
/// <param name="Value">The score, 0 to 100; null for a removal.</param>
/// <param name="By">Who decided: the user the command ran as, or <c>--by</c>.</param>
/// <param name="Evidence">The evidence file the evaluator gave, as stored in the evidence store.</param>
public sealed record IndicatorOverride(
    long Id,
    string CityCode,
    string IndicatorId,
    double? Value,
    string Reason,
    string By,
    DateTimeOffset At,
    EvidenceRef? Evidence)
{
    public bool IsRemoval => Value is null;

    /// <summary>The overrides in force: for each city and indicator the latest row, unless that row is a removal.</summary>
    public static IReadOnlyList<IndicatorOverride> InForce(IEnumerable<IndicatorOverride> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return [.. history
            .GroupBy(o => (o.CityCode, o.IndicatorId))
            .Select(g => g.OrderBy(o => o.At).ThenBy(o => o.Id).Last())
            .Where(o => !o.IsRemoval)
            .OrderBy(o => o.CityCode, StringComparer.Ordinal).ThenBy(o => o.IndicatorId, StringComparer.Ordinal)];
    }
}
