using System.Globalization;
using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// The measures of a conversation: <see cref="Accuracy"/>, the mean judge score of the bank questions as worded in
/// the bank, and <see cref="Robustness"/>, the share of questions whose paraphrases all scored the same as the
/// question (null when no paraphrase was asked).
/// </summary>
internal sealed record ChatbotScore(int Asked, int Questions, double Accuracy, double? Robustness)
{
    /// <summary>The accuracy a chatbot needs to pass: it answers from the bank, accurately or at least partly.</summary>
    public const double PassMark = 0.5;

    public bool Passes => Accuracy >= PassMark;

    public static ChatbotScore Of(IReadOnlyList<ChatExchange> exchanges)
    {
        var originals = exchanges.Where(e => !e.Paraphrase).ToList();
        var accuracy = originals.Count == 0 ? 0 : originals.Average(e => e.Verdict.Score);
        var withParaphrases = exchanges
            .GroupBy(e => e.Question.Id, StringComparer.Ordinal)
            .Where(g => g.Any(e => e.Paraphrase) && g.Any(e => !e.Paraphrase))
            .ToList();
        double? robustness = withParaphrases.Count == 0
            ? null
            : withParaphrases.Count(Consistent) / (double)withParaphrases.Count;
        return new ChatbotScore(exchanges.Count, originals.Count, accuracy, robustness);
    }

    /// <summary>Up to <paramref name="count"/> of the lowest-scoring answers to the bank's wordings, as "「question」 label (reason)".</summary>
    public static IReadOnlyList<string> Worst(IReadOnlyList<ChatExchange> exchanges, int count) =>
        exchanges
            .Where(e => !e.Paraphrase && e.Verdict.Label != JudgeLabel.Accurate)
            .OrderBy(e => e.Verdict.Score)
            .Take(count)
            .Select(e => $"「{e.Asked}」 {e.Verdict.Label.ToName()} ({e.Verdict.Reason})")
            .ToList();

    public override string ToString()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = $"accuracy {Accuracy.ToString("0.00", culture)} on {Questions} questions ({Asked} asked with paraphrases)";
        return Robustness is { } r ? $"{text}, paraphrase robustness {r.ToString("0.00", culture)}" : text;
    }

    // Irrelevant and no answer both score 0: a paraphrase answered by a menu where the question got a deflection is
    // as (un)helpful, so the verdicts are compared by score.
    private static bool Consistent(IGrouping<string, ChatExchange> question)
    {
        var score = question.First(e => !e.Paraphrase).Verdict.Score;
        return question.Where(e => e.Paraphrase).All(e => e.Verdict.Score.Equals(score));
    }
}
