namespace PortalProbe.Results;

/// <summary>Keeps evidence files by content hash; identical content is stored once.</summary>
public interface IEvidenceStore
{
    Task<EvidenceRef> SaveAsync(
        EvidenceKind kind, ReadOnlyMemory<byte> content, string? url, string? label, CancellationToken cancellationToken);

    /// <summary>The absolute path of a stored evidence file.</summary>
    string PathOf(EvidenceRef evidence);
}
