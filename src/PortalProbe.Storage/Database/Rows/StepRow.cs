namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>step_results</c>. <see cref="Location"/> is <c>file:line:column</c>.</summary>
internal sealed class StepRow
{
    public long Id { get; set; }

    public long AttemptId { get; set; }

    public int Index { get; set; }

    public required string Keyword { get; set; }

    public required string Description { get; set; }

    public required string Location { get; set; }

    public required string Outcome { get; set; }

    public string? Message { get; set; }

    public long DurationMs { get; set; }
}
