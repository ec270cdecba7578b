using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// What loading a question bank or an answers file produced: the value only when there were no errors, and every
/// diagnostic. Named apart from PortalProbe.Checks' <c>LoadResult&lt;T&gt;</c> so that a file using both compiles.
/// </summary>
public sealed record ChatbotLoadResult<T>(T? Value, IReadOnlyList<Diagnostic> Diagnostics)
    where T : class
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
