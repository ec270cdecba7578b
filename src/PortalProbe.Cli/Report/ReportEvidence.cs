using PortalProbe.Results;

namespace PortalProbe.Cli.Report;

/// <summary>
/// Copies the evidence a page shows from the content-addressed store into the report's <c>evidence/</c> folder, so
/// the report still opens when moved as a folder. File names come only from the content hash. Saved portal HTML is
/// copied as <c>.html.txt</c>: opened from the report it shows as text and none of the portal's markup or script runs.
/// </summary>
internal sealed class ReportEvidence(IEvidenceStore store, string reportRoot)
{
    /// <summary>The report's evidence folder, relative to the report root.</summary>
    public const string Folder = "evidence";

    private readonly Dictionary<string, string?> _copied = new(StringComparer.Ordinal);

    /// <summary>The copy's path relative to the report root, with '/' separators; null when the stored file is missing.</summary>
    public string? Copy(EvidenceRef evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var name = evidence.Sha256 + (evidence.Kind == EvidenceKind.Html ? ".html.txt" : evidence.Kind.FileExtension());
        if (_copied.TryGetValue(name, out var known))
        {
            return known;
        }

        string? relative = null;
        var source = SourceOf(evidence);
        if (source is not null && File.Exists(source))
        {
            var target = Path.Combine(reportRoot, Folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            relative = $"{Folder}/{name}";
        }

        _copied[name] = relative;
        return relative;
    }

    /// <summary>The text of a copied evidence file, or null when it was not copied or is larger than <paramref name="limit"/> bytes.</summary>
    public string? ReadText(EvidenceRef evidence, long limit = 2_000_000)
    {
        var relative = Copy(evidence);
        if (relative is null || evidence.Size > limit)
        {
            return null;
        }

        return File.ReadAllText(Path.Combine(reportRoot, relative));
    }

    private string? SourceOf(EvidenceRef evidence)
    {
        try
        {
            return store.PathOf(evidence);
        }
        catch (ArgumentException)
        {
            // A reference whose path does not match its own hash is not shown as evidence: it cannot be verified.
            return null;
        }
    }
}
