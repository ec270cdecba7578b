namespace PortalProbe.Results;

/// <summary>
/// A stored evidence file. <see cref="RelativePath"/> is relative to the data directory and built only from
/// the kind and the content hash, never from names or URLs. <see cref="PrunedAt"/> is set once retention deleted
/// the file: the reference, its hash and size stay as the record of what was captured.
/// </summary>
public sealed record EvidenceRef(
    EvidenceKind Kind,
    string Sha256,
    long Size,
    string RelativePath,
    string? Url,
    DateTimeOffset CapturedAt,
    string? Label = null,
    DateTimeOffset? PrunedAt = null);
