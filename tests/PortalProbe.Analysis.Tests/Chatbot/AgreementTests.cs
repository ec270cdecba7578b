using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

public sealed class AgreementTests
{
    private static readonly Agreement Sample = new(
    [
        (JudgeLabel.Accurate, JudgeLabel.Accurate),
        (JudgeLabel.Accurate, JudgeLabel.Partial),
        (JudgeLabel.Partial, JudgeLabel.Partial),
        (JudgeLabel.Irrelevant, JudgeLabel.NoAnswer),
        (JudgeLabel.NoAnswer, JudgeLabel.NoAnswer),
    ]);

    [Test]
    public void Ratio_MixedPairs_CountsExactAndScoreAgreement()
    {
        Assert.That((Sample.Agreed, Sample.Total, Sample.Ratio), Is.EqualTo((3, 5, 0.6)));
        Assert.That(Sample.ScoreAgreed, Is.EqualTo(4));
        Assert.That(Sample.Count(JudgeLabel.Irrelevant, JudgeLabel.NoAnswer), Is.EqualTo(1));
    }

    [Test]
    public void ToTable_MixedPairs_PrintsSummaryAndConfusionMatrix()
    {
        Assert.That(Sample.ToTable(), Is.EqualTo("""
            agreement: 3/5 = 0.600
            score agreement: 4/5 = 0.800
            confusion matrix (rows: label, columns: judge):
            label \ judge    accurate    partial irrelevant  no_answer
            accurate                1          1          0          0
            partial                 0          1          0          0
            irrelevant              0          0          0          1
            no_answer               0          0          0          1

            """.ReplaceLineEndings()));
    }

    [Test]
    public void Of_UnlabelledAnswers_AreLeftOut()
    {
        var question = Question.Adhoc("q", "问题", [KeyPoint.Parse("挂失")]);
        var verdict = new JudgeVerdict(JudgeLabel.Partial, "r", []);
        JudgedAnswer Answer(JudgeLabel? label) => new(new LabelledAnswer(1, "问题", question.Required, "挂失", label), question, verdict);

        var agreement = Agreement.Of([Answer(null), Answer(JudgeLabel.Partial)]);

        Assert.That((agreement.Total, agreement.Ratio), Is.EqualTo((1, 1.0)));
    }

    [Test]
    public void Ratio_NothingLabelled_IsZero()
    {
        Assert.That(new Agreement([]).Ratio, Is.Zero);
    }
}
