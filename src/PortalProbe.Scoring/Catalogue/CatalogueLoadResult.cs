using PortalProbe.Diagnostics;

namespace PortalProbe.Scoring.Catalogue;

/// <summary>A loaded catalogue, or null with the errors that stopped it; every problem has its file and line.</summary>
public sealed record CatalogueLoadResult(IndicatorCatalogue? Catalogue, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Catalogue is not null && !Diagnostics.Any(d => d.IsError);
}
