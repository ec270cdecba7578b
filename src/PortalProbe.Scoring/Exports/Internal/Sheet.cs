namespace PortalProbe.Scoring.Exports.Internal;

/// <summary>One table of an export: a name, Chinese headers and rows of cells (a double, a string or null).</summary>
internal sealed record Sheet(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
