namespace PortalProbe.Diagnostics;

/// <summary>A place in a check script or data file, 1-based, printed as <c>file:line:column</c>.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
