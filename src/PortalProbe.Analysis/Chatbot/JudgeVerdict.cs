namespace PortalProbe.Analysis.Chatbot;

/// <summary>The judge's verdict on one answer: the label, its score (1, 0.5 or 0), why, and the matched spans.</summary>
public sealed record JudgeVerdict(JudgeLabel Label, string Reason, IReadOnlyList<KeyPointEvidence> Evidence)
{
    public double Score => Label.Score();

    public IEnumerable<KeyPointEvidence> Required => Evidence.Where(e => e.Role == KeyPointRole.Required);
}
