using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

public sealed class ChatbotJudgeEvidenceTests
{
    [Test]
    public void Judge_ExactSynonym_ReportsSpanInTheOriginalAnswer()
    {
        const string answer = "您好！请携带 身份证 到出入境接待大厅，现场拍照。";

        var verdict = JudgeFixture.Verdict("exit-entry-documents", answer);

        var id = verdict.Required.Single(e => e.Point.Name == "身份证").Matches.Single();
        Assert.That(id, Is.EqualTo(new MatchSpan(answer.IndexOf("身份证", StringComparison.Ordinal), 3, "身份证", "身份证", MatchKind.Exact, 100)));
    }

    [Test]
    public void Judge_TypoInLongSynonym_ReportsFuzzyMatchWithItsSynonym()
    {
        var verdict = JudgeFixture.Verdict("enterprise-startup", "在一网通办平台申请营业执造、刻章和发票。");

        var licence = verdict.Required.Single(e => e.Point.Name == "营业执照").Matches.Single();
        Assert.That((licence.Text, licence.Synonym, licence.Kind), Is.EqualTo(("营业执造", "营业执照", MatchKind.Fuzzy)));
        Assert.That(licence.Similarity, Is.InRange(70, 99));
        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Accurate));
    }

    [Test]
    public void Judge_LongerSynonymContainingAShorterOne_ReportsTheLongerOnly()
    {
        var verdict = JudgeFixture.Verdict("exit-entry-documents", "携带居民身份证即可。");

        var id = verdict.Required.Single(e => e.Point.Name == "身份证").Matches.Single();
        Assert.That(id.Synonym, Is.EqualTo("居民身份证"));
    }

    [Test]
    public void Judge_OptionalPointsAndTopic_AreEvidenceButNotRequired()
    {
        var verdict = JudgeFixture.Verdict("enterprise-startup", "企业开办可以银行预约开户。");

        Assert.That(verdict.Evidence.Where(e => e.Found).Select(e => e.Role), Is.EquivalentTo(new[] { KeyPointRole.Optional, KeyPointRole.Topic }));
        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Partial), verdict.Reason);
    }

    [Test]
    public void Judge_MissingRequiredPoint_IsListedWithoutMatches()
    {
        var verdict = JudgeFixture.Verdict("newborn-hukou", "带出生医学证明和户口簿到派出所。");

        Assert.That(verdict.Required.Where(e => !e.Found).Select(e => e.Point.Name), Is.EqualTo(new[] { "父母身份证" }));
    }
}
