using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>The repository's own question bank, <c>checks/questions/</c>: every file loads, and the bank is usable.</summary>
public sealed class QuestionBankRepoTests
{
    private static IEnumerable<TestCaseData> BankFiles() =>
        Directory.EnumerateFiles(RepoFiles.QuestionsFolder, "*.yaml")
            .Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(f).SetName($"Load_{Path.GetFileName(f)}_HasNoDiagnostics"));

    [TestCaseSource(nameof(BankFiles))]
    public void Load_RepoFile_HasNoDiagnostics(string path)
    {
        var loaded = QuestionBank.Load(path);

        Assert.That(loaded.Diagnostics.Select(d => d.ToString()), Is.Empty);
    }

    [Test]
    public void Load_RepoFolder_HoldsTwelveOrMoreQuestionsWithParaphrasesAndMarkers()
    {
        var bank = QuestionBank.Load(RepoFiles.QuestionsFolder).Value!;

        Assert.That(bank.Questions, Has.Count.GreaterThanOrEqualTo(12));
        Assert.That(bank.Questions, Has.All.Matches<Question>(q => q.Paraphrases.Count >= 2 && q.Required.Count >= 2 && q.Topic.Count > 0));
        Assert.That(bank.Markers.Deflection, Does.Contain("转人工"));
        Assert.That(bank.Markers.Menu, Does.Contain("猜你想问"));
    }

    [Test]
    public void FindByWording_ParaphraseInFullWidth_FindsItsQuestion()
    {
        var bank = JudgeFixture.Bank;

        var question = bank.FindByWording("开办企业＂一网通办＂怎么操作?");

        Assert.That(question?.Id, Is.EqualTo("enterprise-startup"));
    }
}
