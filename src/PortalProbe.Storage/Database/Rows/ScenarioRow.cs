namespace PortalProbe.Storage.Database.Rows;

/// <summary>
/// A row of <c>scenario_results</c>. Verdict, flaky, reason and duration repeat what the attempts say, so that
/// reports can query them without reading every attempt.
/// </summary>
internal sealed class ScenarioRow
{
    public long Id { get; set; }

    public long RunId { get; set; }

    public required string Scenario { get; set; }

    public required string Kind { get; set; }

    public required string Channel { get; set; }

    public required string Verdict { get; set; }

    public bool Flaky { get; set; }

    public required string Reason { get; set; }

    public long DurationMs { get; set; }

    public List<AttemptRow> Attempts { get; } = [];

    public List<FactRow> Facts { get; } = [];
}
