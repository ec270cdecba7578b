namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>attempts</c>.</summary>
internal sealed class AttemptRow
{
    public long Id { get; set; }

    public long ScenarioResultId { get; set; }

    public int Number { get; set; }

    public required string Verdict { get; set; }

    public required string Reason { get; set; }

    public string? Hint { get; set; }

    public required string StartedAt { get; set; }

    public long DurationMs { get; set; }

    public List<StepRow> Steps { get; } = [];

    public List<EvidenceRow> Evidence { get; } = [];
}
