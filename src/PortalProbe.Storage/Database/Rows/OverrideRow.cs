namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>overrides</c>: one evaluator decision or removal; rows are never changed.</summary>
internal sealed class OverrideRow
{
    public long Id { get; set; }

    public required string CityCode { get; set; }

    public required string IndicatorId { get; set; }

    /// <summary>Null for a removal.</summary>
    public double? Value { get; set; }

    public required string Reason { get; set; }

    public required string DecidedBy { get; set; }

    public required string DecidedAt { get; set; }

    public string? EvidenceKind { get; set; }

    public string? EvidenceSha256 { get; set; }

    public long? EvidenceSize { get; set; }

    public string? EvidencePath { get; set; }
}
