namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>evidence</c>: a reference to a content-addressed file, not the file itself.</summary>
internal sealed class EvidenceRow
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    public required string Kind { get; set; }

    public required string Sha256 { get; set; }

    public long Size { get; set; }

    public required string RelativePath { get; set; }

    public string? Url { get; set; }

    public required string CapturedAt { get; set; }

    public string? Label { get; set; }

    /// <summary>When retention deleted the file (schema 3); null while the file is kept.</summary>
    public string? PrunedAt { get; set; }
}
