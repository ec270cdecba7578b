using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>An answer that names the key words of a different procedure earns nothing, even where words are shared.</summary>
public sealed class ChatbotJudgeOtherProcedureTests
{
    [TestCase("enterprise-startup", "个体工商户登记请带经营者身份证、经营场所证明到市场监管所，当场领营业执照。", "individual-business")]
    [TestCase("individual-business", "企业开办一网通办，营业执照、公章、发票一次领取。", "enterprise-startup")]
    [TestCase("residence-permit", "新生儿出生登记需要出生医学证明、户口簿、父母身份证，到派出所户籍窗口办理。", "newborn-hukou")]
    [TestCase("medical-insurance-remote", "社保卡丢失请挂失后到银行网点补办，带上身份证。", "social-card-reissue")]
    [TestCase("social-card-reissue", "异地就医备案可在国家医保服务平台办理，异地安置人员需签承诺书。", "medical-insurance-remote")]
    [TestCase("housing-fund-withdrawal", "不动产登记请带身份证、买卖合同到不动产登记中心办理。", "real-estate-registration")]
    public void Judge_AnswerAboutAnotherProcedure_IsIrrelevantNamingIt(string asked, string answer, string other)
    {
        var verdict = JudgeFixture.Verdict(asked, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Irrelevant), verdict.Reason);
        Assert.That(verdict.Reason, Does.Contain(other));
    }

    [Test]
    public void Judge_AnswerMentioningAnotherProcedureInPassing_KeepsItsCredit()
    {
        var verdict = JudgeFixture.Verdict(
            "enterprise-startup",
            "企业开办通过一网通办平台办理，营业执照、公章、发票同步领取；个体工商户也可参照办理。");

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Accurate), verdict.Reason);
    }

    [Test]
    public void Judge_WithoutTheOtherQuestionInContext_CannotTellAndGivesPartial()
    {
        var asked = JudgeFixture.Question("enterprise-startup");
        var alone = new ChatbotJudge([asked]);

        var verdict = alone.Judge(asked, "个体工商户登记请带经营者身份证、经营场所证明到市场监管所，当场领营业执照。");

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Partial), verdict.Reason);
    }
}
