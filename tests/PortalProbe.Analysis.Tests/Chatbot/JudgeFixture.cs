using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>The repository's question bank and a judge over it, loaded once.</summary>
internal static class JudgeFixture
{
    private static readonly Lazy<QuestionBank> LazyBank = new(() =>
        QuestionBank.Load(RepoFiles.QuestionsFolder).Value ?? throw new InvalidOperationException("checks/questions does not load"));

    public static QuestionBank Bank => LazyBank.Value;

    public static ChatbotJudge Judge => ChatbotJudge.For(Bank);

    public static Question Question(string id) => Bank.Find(id) ?? throw new ArgumentException($"no question '{id}'", nameof(id));

    public static JudgeVerdict Verdict(string id, string answer) => Judge.Judge(Question(id), answer);
}
