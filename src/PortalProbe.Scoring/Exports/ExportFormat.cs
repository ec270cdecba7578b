namespace PortalProbe.Scoring.Exports;

/// <summary>The formats <c>portalprobe export</c> writes.</summary>
public enum ExportFormat
{
    Xlsx,
    Csv,
    Json,
}
