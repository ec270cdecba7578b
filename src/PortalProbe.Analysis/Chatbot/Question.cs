using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// A monitoring question: its wording and paraphrases, the names of its procedure (<see cref="Topic"/>), the key
/// points an accurate answer contains (<see cref="Required"/>) and the ones worth noting (<see cref="Optional"/>).
/// </summary>
public sealed record Question(
    string Id,
    string Text,
    IReadOnlyList<string> Paraphrases,
    IReadOnlyList<string> Topic,
    IReadOnlyList<KeyPoint> Required,
    IReadOnlyList<KeyPoint> Optional,
    SourceLocation? Location = null)
{
    /// <summary>A question known only by its text and required key points, as in an answers file.</summary>
    public static Question Adhoc(string id, string text, IReadOnlyList<KeyPoint> required) =>
        new(id, text, [], [], required, []);

    /// <summary>The text followed by the paraphrases: every way the evaluator asks it.</summary>
    public IEnumerable<string> Wordings => Paraphrases.Prepend(Text);
}
