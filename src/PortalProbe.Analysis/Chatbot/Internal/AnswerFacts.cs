namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Everything the verdict rules look at, read once from an answer.</summary>
internal sealed record AnswerFacts(
    NormalisedText Answer,
    IReadOnlyList<KeyPointEvidence> Evidence,
    IReadOnlyList<string> Deflections,
    IReadOnlyList<string> Menus,
    IReadOnlyList<string> Guides,
    bool EchoesQuestion,
    int Substance,
    ForeignProcedure? Foreign)
{
    public int RequiredTotal => Evidence.Count(e => e.Role == KeyPointRole.Required);

    public int RequiredCounted => Evidence.Count(e => e.Role == KeyPointRole.Required && e.Counted);

    public int RequiredFound => Evidence.Count(e => e.Role == KeyPointRole.Required && e.Found);

    public int OptionalCounted => Evidence.Count(e => e.Role == KeyPointRole.Optional && e.Counted);

    public bool TopicFound => Evidence.Any(e => e.Role == KeyPointRole.Topic && e.Found);

    public bool TopicCounted => Evidence.Any(e => e.Role == KeyPointRole.Topic && e.Counted);

    public int ForeignCount => Foreign?.MatchedPoints.Count ?? 0;

    /// <summary>The answer names another procedure and enough of its distinctive points to be about that one.</summary>
    public bool AboutAnotherProcedure =>
        Foreign is { NamesTopic: true } && ForeignCount >= VerdictRules.ForeignEvidence && ForeignCount > RequiredCounted;
}
