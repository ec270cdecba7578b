namespace PortalProbe.Results;

/// <summary>One try of a scenario. A scenario that failed and was re-checked keeps every attempt.</summary>
public sealed record AttemptResult(
    int Number,
    Verdict Verdict,
    string Reason,
    string? Hint,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    IReadOnlyList<StepResult> Steps,
    IReadOnlyList<EvidenceRef> Evidence);
