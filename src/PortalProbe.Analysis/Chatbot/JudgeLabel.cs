namespace PortalProbe.Analysis.Chatbot;

/// <summary>The evaluators' verdict on one chatbot answer.</summary>
public enum JudgeLabel
{
    /// <summary>Every required key point: 1 point.</summary>
    Accurate,

    /// <summary>Some required key points, or a relevant guide or link: 0.5 points.</summary>
    Partial,

    /// <summary>A generic menu, a different procedure, or nothing to do with the question: 0 points.</summary>
    Irrelevant,

    /// <summary>Empty, or only a deflection (抱歉, 没有理解, 转人工 ...), possibly repeating the question: 0 points.</summary>
    NoAnswer,
}

/// <summary>The labels' file names (accurate, partial, irrelevant, no_answer) and scores.</summary>
public static class JudgeLabels
{
    public static IReadOnlyList<JudgeLabel> All { get; } = [JudgeLabel.Accurate, JudgeLabel.Partial, JudgeLabel.Irrelevant, JudgeLabel.NoAnswer];

    public static string ToName(this JudgeLabel label) => label switch
    {
        JudgeLabel.Accurate => "accurate",
        JudgeLabel.Partial => "partial",
        JudgeLabel.Irrelevant => "irrelevant",
        JudgeLabel.NoAnswer => "no_answer",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, null),
    };

    public static double Score(this JudgeLabel label) => label switch
    {
        JudgeLabel.Accurate => 1.0,
        JudgeLabel.Partial => 0.5,
        _ => 0.0,
    };

    public static bool TryParse(string name, out JudgeLabel label)
    {
        foreach (var candidate in All)
        {
            if (candidate.ToName() == name)
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }
}
