using PortalProbe.Diagnostics;

namespace PortalProbe.Results;

public enum StepOutcome
{
    Passed,
    Failed,
    Manual,
    Error,
    NotRun,
}

/// <summary>What happened at one step of one attempt.</summary>
public sealed record StepResult(
    int Index,
    string Keyword,
    string Description,
    SourceLocation Location,
    StepOutcome Outcome,
    string? Message,
    TimeSpan Duration);
