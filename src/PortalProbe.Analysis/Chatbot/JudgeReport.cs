using System.Globalization;
using System.Text;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// The text <c>portalprobe judge --answers FILE.jsonl</c> prints: one block per answer (verdict, reason, matched
/// spans), then, where labels exist, the agreement and the confusion matrix. Stable, for golden files.
/// </summary>
public static class JudgeReport
{
    public static string Render(IReadOnlyList<JudgedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        foreach (var judged in answers)
        {
            var verdict = judged.Verdict;
            text.Append(culture, $"line {judged.Answer.Line}: {verdict.Label.ToName()} ({verdict.Score.ToString("0.#", culture)})");
            if (judged.Answer.Label is { } label)
            {
                text.Append(culture, $", label {label.ToName()}{(label == verdict.Label ? "" : "  DIFFERS")}");
            }

            text.AppendLine(culture, $" - {verdict.Reason}");
            foreach (var evidence in verdict.Evidence.Where(e => e.Found || e.Role == KeyPointRole.Required))
            {
                text.AppendLine(culture, $"    {Evidence(evidence)}");
            }
        }

        var agreement = Agreement.Of(answers);
        text.AppendLine();
        text.AppendLine(culture, $"answers: {answers.Count}, labelled: {agreement.Total}, mean score: {Mean(answers).ToString("0.000", culture)}");
        if (agreement.Total > 0)
        {
            text.Append(agreement.ToTable());
        }

        return text.ToString();
    }

    private static string Evidence(KeyPointEvidence evidence)
    {
        var role = evidence.Role switch
        {
            KeyPointRole.Required => evidence.Found ? "+" : "-",
            KeyPointRole.Optional => "o",
            _ => "t",
        };
        var spans = string.Join(", ", evidence.Matches.Select(m =>
            $"\"{m.Text}\"@{m.Offset}{(m.Kind == MatchKind.Fuzzy ? $"~{m.Synonym}({m.Similarity})" : "")}"));
        var echo = evidence.Found && !evidence.Counted ? " (repeats the question)" : "";
        return evidence.Found ? $"{role} {evidence.Point.Name}: {spans}{echo}" : $"{role} {evidence.Point.Name}";
    }

    private static double Mean(IReadOnlyList<JudgedAnswer> answers) =>
        answers.Count == 0 ? 0 : answers.Average(a => a.Verdict.Score);
}
