using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Parsing;

/// <summary>
/// Where each parsed <see cref="ValueTemplate"/> was written. The domain records carry a location per step only;
/// this side table lets reference errors point at the exact value. Keyed by reference: equal texts at two places
/// are two entries.
/// </summary>
internal sealed class ValueLocations
{
    private readonly Dictionary<ValueTemplate, SourceLocation> _locations = new(ReferenceEqualityComparer.Instance);

    public void Add(ValueTemplate template, SourceLocation location) => _locations[template] = location;

    public SourceLocation? Find(ValueTemplate template) => _locations.GetValueOrDefault(template);
}
