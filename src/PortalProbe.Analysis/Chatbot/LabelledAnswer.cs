namespace PortalProbe.Analysis.Chatbot;

/// <summary>One line of an answers file: the question, its required key points, the chatbot's answer and, optionally, a person's label.</summary>
public sealed record LabelledAnswer(int Line, string Question, IReadOnlyList<KeyPoint> KeyPoints, string Answer, JudgeLabel? Label);

/// <summary>An answer with the question it was judged against and the verdict.</summary>
public sealed record JudgedAnswer(LabelledAnswer Answer, Question Question, JudgeVerdict Verdict)
{
    /// <summary>True or false when the answer was labelled, null otherwise.</summary>
    public bool? Agrees => Answer.Label is { } label ? label == Verdict.Label : null;
}
