namespace PortalProbe.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>One problem found in an input file, with its place.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, SourceLocation Location, string Message)
{
    public static Diagnostic Error(SourceLocation at, string message) => new(DiagnosticSeverity.Error, at, message);

    public static Diagnostic Warning(SourceLocation at, string message) => new(DiagnosticSeverity.Warning, at, message);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        $"{Location}: {(IsError ? "error" : "warning")}: {Message}";
}
