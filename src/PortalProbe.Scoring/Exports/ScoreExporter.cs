using PortalProbe.Scoring.Exports.Internal;
using PortalProbe.Scoring.Summaries;

namespace PortalProbe.Scoring.Exports;

/// <summary>What an export wrote.</summary>
/// <param name="EvidenceProblems">Evidence files that are missing or altered in the data directory (the manifest still lists them).</param>
public sealed record ExportResult(string Path, string ManifestPath, string ChecksumPath, IReadOnlyList<string> EvidenceProblems);

/// <summary>
/// Writes an export and its evidence manifest. Each file is written to a temporary file beside its target and
/// moved into place, so a failed export leaves nothing half-written.
/// </summary>
public static class ScoreExporter
{
    /// <param name="level">Indicators down to this level (1 to 3); null for every level.</param>
    /// <param name="dataRoot">The data directory the evidence paths are relative to.</param>
    /// <exception cref="ExportException">The output cannot be written.</exception>
    public static async Task<ExportResult> WriteAsync(
        ScoreReport report, ExportFormat format, int? level, string outputPath, string dataRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(outputPath);
        await AtomicFile.WriteAsync(outputPath, format switch
        {
            ExportFormat.Xlsx => s => XlsxExporter.WriteAsync(report, level, s, cancellationToken),
            ExportFormat.Csv => s => CsvExporter.WriteAsync(report, level, s, cancellationToken),
            _ => s => JsonExporter.WriteAsync(report, level, s, cancellationToken),
        }, cancellationToken);
        var problems = await EvidenceManifest.WriteAsync(report, outputPath, dataRoot, cancellationToken);
        return new ExportResult(outputPath, outputPath + EvidenceManifest.Suffix, outputPath + EvidenceManifest.ChecksumSuffix, problems);
    }
}
