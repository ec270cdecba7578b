namespace PortalProbe.Diagnostics;

/// <summary>Collects every problem of an input so that all of them are reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Error(SourceLocation at, string message) => _items.Add(Diagnostic.Error(at, message));

    public void Warning(SourceLocation at, string message) => _items.Add(Diagnostic.Warning(at, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
}
