using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>
/// The judge against people's labels. The tune set was used to shape the rules; the holdout set was written at the
/// same time, before any rule existed, and never looked at while tuning. Its figure is the one the README quotes.
/// </summary>
public sealed class LabelledSetTests
{
    /// <summary>71/73 = 0.973 reached on the tune set (the report is printed); a drop means a rule got worse.</summary>
    private const double TuneThreshold = 0.95;

    /// <summary>33/34 = 0.971 measured once, after tuning; the README quotes it. One more miss (32/34) still passes.</summary>
    private const double HoldoutThreshold = 0.94;

    [Test]
    public void Judge_TuneSet_AgreesWithLabels()
    {
        var agreement = Run("answers-tune.jsonl");

        Assert.That(agreement.Ratio, Is.GreaterThanOrEqualTo(TuneThreshold));
    }

    [Test]
    [Category("Holdout")]
    public void Judge_HoldoutSet_AgreesWithLabels()
    {
        var agreement = Run("answers-holdout.jsonl");

        Assert.That(agreement.Ratio, Is.GreaterThanOrEqualTo(HoldoutThreshold));
    }

    [TestCase("answers-tune.jsonl")]
    [TestCase("answers-holdout.jsonl")]
    public void LabelledSet_File_LoadsWithEveryLineLabelled(string name)
    {
        var loaded = AnswersFile.Load(RepoFiles.ChatbotData(name));

        Assert.That(loaded.Diagnostics, Is.Empty);
        Assert.That(loaded.Value!.Answers.Select(a => a.Label), Has.None.Null);
    }

    private static Agreement Run(string name)
    {
        var bank = QuestionBank.Load(RepoFiles.QuestionsFolder).Value!;
        var judged = AnswersFile.Load(RepoFiles.ChatbotData(name)).Value!.Judge(bank);
        TestContext.Out.WriteLine(JudgeReport.Render(judged));
        return Agreement.Of(judged);
    }
}
