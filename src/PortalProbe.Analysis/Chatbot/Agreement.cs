using System.Globalization;
using System.Text;

namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// How often the judge agrees with people's labels: overall, on the score (irrelevant and no_answer both score 0),
/// and per label as a confusion matrix (rows: the person's label, columns: the judge's).
/// </summary>
public sealed record Agreement(IReadOnlyList<(JudgeLabel Expected, JudgeLabel Judged)> Pairs)
{
    public int Total => Pairs.Count;

    public int Agreed => Pairs.Count(p => p.Expected == p.Judged);

    public int ScoreAgreed => Pairs.Count(p => p.Expected.Score().Equals(p.Judged.Score()));

    /// <summary>Agreed / Total; 0 when nothing was labelled.</summary>
    public double Ratio => Total == 0 ? 0 : (double)Agreed / Total;

    public double ScoreRatio => Total == 0 ? 0 : (double)ScoreAgreed / Total;

    /// <summary>The labelled answers among <paramref name="answers"/>; unlabelled ones are left out.</summary>
    public static Agreement Of(IEnumerable<JudgedAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new Agreement(answers
            .Where(a => a.Answer.Label is not null)
            .Select(a => (a.Answer.Label!.Value, a.Verdict.Label))
            .ToList());
    }

    public int Count(JudgeLabel expected, JudgeLabel judged) => Pairs.Count(p => p.Expected == expected && p.Judged == judged);

    /// <summary>The summary and the confusion matrix as a fixed-width text table.</summary>
    public string ToTable()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(culture, $"agreement: {Agreed}/{Total} = {Ratio.ToString("0.000", culture)}");
        text.AppendLine(culture, $"score agreement: {ScoreAgreed}/{Total} = {ScoreRatio.ToString("0.000", culture)}");
        text.AppendLine("confusion matrix (rows: label, columns: judge):");
        text.Append("label \\ judge".PadRight(14));
        foreach (var judged in JudgeLabels.All)
        {
            text.Append(judged.ToName().PadLeft(11));
        }

        text.AppendLine();
        foreach (var expected in JudgeLabels.All)
        {
            text.Append(expected.ToName().PadRight(14));
            foreach (var judged in JudgeLabels.All)
            {
                text.Append(Count(expected, judged).ToString(culture).PadLeft(11));
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
