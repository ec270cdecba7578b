using PortalProbe.Analysis.Chatbot;

namespace PortalProbe.Analysis.Tests.Chatbot;

/// <summary>Each label on answers written for these tests (not taken from the labelled sets).</summary>
public sealed class ChatbotJudgeLabelTests
{
    [TestCase("enterprise-startup", "登录企业开办平台一次填报，营业执照、刻制公章、申领税控和发票一起办，一个工作日办好。")]
    [TestCase("social-card-reissue", "请先通过电子社保卡挂失，然后拿身份证去社保卡服务中心补卡。")]
    [TestCase("housing-fund-withdrawal", "退休职工可携带身份证到住房公积金管理中心柜台申请一次性提取。")]
    [TestCase("residence-permit", "持居民身份证和房屋租赁合同，在居住地居住满半年后，到公安机关指定的居住证受理点申请。")]
    [TestCase("newborn-hukou", "请父母持出生证、户口本、双方身份证到派出所申报出生登记。")]
    [TestCase("real-estate-registration", "带身份证、购房合同和契税完税凭证到不动产登记中心申请。")]
    [TestCase("medical-insurance-remote", "临时外出就医人员可在医保app上填写承诺书后备案。")]
    [TestCase("individual-business", "经营者身份证加上经营场所的租赁合同，到市场监管局窗口办理营业执照。")]
    [TestCase("disability-allowance", "低保家庭的残疾人凭残疾证向街道申请生活补贴。")]
    [TestCase("exit-entry-documents", "带身份证到出入境接待大厅，现场拍照即可申请。")]
    [TestCase("hotline-scope", "受理咨询、求助、投诉、建议，紧急情况请拨110。")]
    [TestCase("handling-time-limit", "一般诉求5个工作日内答复，紧急诉求当天处理。")]
    [TestCase("unemployment-benefit", "非因本人意愿失业、缴费满1年的，办理失业登记后可在掌上12333网上申领。")]
    public void Judge_EveryRequiredPoint_IsAccurateScoringOne(string id, string answer)
    {
        var verdict = JudgeFixture.Verdict(id, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Accurate), verdict.Reason);
        Assert.That(verdict.Score, Is.EqualTo(1.0));
    }

    [TestCase("enterprise-startup", "新开公司可以在网上办理营业执照。")]
    [TestCase("social-card-reissue", "社保卡遗失后请尽快挂失。")]
    [TestCase("housing-fund-withdrawal", "租房可以提取住房公积金。")]
    [TestCase("residence-permit", "居住证在派出所办理。")]
    [TestCase("newborn-hukou", "新生儿落户需要出生医学证明。")]
    [TestCase("medical-insurance-remote", "异地长期居住人员需要先备案再就医。")]
    [TestCase("exit-entry-documents", "需要本人身份证。")]
    [TestCase("handling-time-limit", "一般在5个工作日内办结。")]
    public void Judge_SomeRequiredPoints_IsPartialScoringHalf(string id, string answer)
    {
        var verdict = JudgeFixture.Verdict(id, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Partial), verdict.Reason);
        Assert.That(verdict.Score, Is.EqualTo(0.5));
    }

    [TestCase("enterprise-startup", "企业开办的具体流程详见办事指南。")]
    [TestCase("unemployment-benefit", "失业保险金申领指南：https://rsj.example.gov.cn/syj")]
    [TestCase("real-estate-registration", "请点击链接了解不动产登记：www.example.gov.cn/bdc")]
    public void Judge_RelevantGuideOrLink_IsPartial(string id, string answer)
    {
        var verdict = JudgeFixture.Verdict(id, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Partial), verdict.Reason);
    }

    [TestCase("enterprise-startup", "详见办事指南：https://www.example.gov.cn")]
    [TestCase("social-card-reissue", "您可以这样问我：1.社保卡挂失 2.社保卡补办 3.社保卡激活")]
    [TestCase("residence-permit", "猜你想问：居住证续签？居住证签注？")]
    [TestCase("newborn-hukou", "今天天气晴，最高气温25度，适宜出行。")]
    [TestCase("hotline-scope", "请选择服务：1.政策咨询 2.投诉举报")]
    public void Judge_GenericMenuOrUnrelatedText_IsIrrelevantScoringZero(string id, string answer)
    {
        var verdict = JudgeFixture.Verdict(id, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Irrelevant), verdict.Reason);
        Assert.That(verdict.Score, Is.EqualTo(0.0));
    }

    [TestCase("enterprise-startup", "")]
    [TestCase("enterprise-startup", " \t\n　")]
    [TestCase("enterprise-startup", "。。。！")]
    [TestCase("social-card-reissue", "抱歉，我没有理解您的问题。")]
    [TestCase("social-card-reissue", "对不起，关于“社保卡丢了怎么补办”，我没有理解，请换个说法。")]
    [TestCase("housing-fund-withdrawal", "正在为您转人工，请稍候。")]
    [TestCase("residence-permit", "您好，请问有什么可以帮您？")]
    [TestCase("newborn-hukou", "ＳＯＲＲＹ，无法回答，请拨打１２３４５热线咨询。")]
    public void Judge_EmptyOrOnlyDeflection_IsNoAnswerScoringZero(string id, string answer)
    {
        var verdict = JudgeFixture.Verdict(id, answer);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.NoAnswer), verdict.Reason);
        Assert.That(verdict.Score, Is.EqualTo(0.0));
    }

    [Test]
    public void Judge_DeflectionThatRepeatsKeyWordsOfTheQuestion_EarnsNoPoint()
    {
        var question = JudgeFixture.Question("individual-business");
        var asked = question.Paraphrases[1]; // 办个体工商户营业执照需要什么材料？

        var verdict = JudgeFixture.Judge.Judge(question, "抱歉，“办个体工商户营业执照需要什么材料”这个问题我还在学习中。", asked);

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.NoAnswer), verdict.Reason);
        var licence = verdict.Required.Single(e => e.Point.Name == "营业执照");
        Assert.That((licence.Found, licence.Counted), Is.EqualTo((true, false)));
    }

    [Test]
    public void Judge_AccurateAnswerWithClosingDeflection_StaysAccurate()
    {
        var verdict = JudgeFixture.Verdict("newborn-hukou", "携带出生医学证明、户口簿、身份证到派出所办理。如仍有疑问可转人工。");

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Accurate), verdict.Reason);
    }

    [Test]
    public void Judge_FullWidthAnswer_MatchesLikeHalfWidth()
    {
        var verdict = JudgeFixture.Verdict("medical-insurance-remote", "异地长期居住人员请在国家医保ＡＰＰ上用医保电子凭证备案。");

        Assert.That(verdict.Label, Is.EqualTo(JudgeLabel.Accurate), verdict.Reason);
        var channel = verdict.Required.Single(e => e.Point.Name == "备案渠道").Matches.Single();
        Assert.That((channel.Text, channel.Synonym), Is.EqualTo(("国家医保ＡＰＰ", "国家医保app")));
    }
}
