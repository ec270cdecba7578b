using PortalProbe.Diagnostics;

namespace PortalProbe.Checks;

/// <summary>What loading produced: the value when there were no errors, and every diagnostic (warnings included).</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
