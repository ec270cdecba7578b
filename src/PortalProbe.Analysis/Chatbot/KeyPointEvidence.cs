namespace PortalProbe.Analysis.Chatbot;

/// <summary>What a key point is for in a question.</summary>
public enum KeyPointRole
{
    Required,
    Optional,

    /// <summary>The names of the procedure itself (the question's <see cref="Question.Topic"/>).</summary>
    Topic,
}

/// <summary>
/// The judge's evidence for one key point: every place it was found. <see cref="Counted"/> is false when all of them
/// only repeat the question's own words, which earns no credit.
/// </summary>
public sealed record KeyPointEvidence(KeyPoint Point, KeyPointRole Role, IReadOnlyList<MatchSpan> Matches, bool Counted)
{
    public bool Found => Matches.Count > 0;
}
