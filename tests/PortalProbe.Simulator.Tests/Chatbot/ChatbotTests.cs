using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Chatbot;

[CancelAfter(30_000)]
public sealed class ChatbotTests
{
    private static readonly QuestionBank Bank = new(
        [
            new BankQuestion("business-startup", "企业开办一件事怎么办理？", ["开公司要跑几个部门？"], ["企业开办", "开公司"],
                ["一网通办", "一天办结"],
                ["登录政务服务网的专区填一次表，执照公章发票同步办好，通常当天就能拿到。", "线上一次提交材料，各部门并联审批，营业执照和印章一个工作日内办完。"],
                ["可以在网上申请营业执照。"]),
        ],
        ["您的问题已记录，建议拨打12345咨询。"]);

    private static PortalPersonality Bot(string code, string address, ChatbotMode mode) =>
        new(code, "测试市", address, "CS") { Chatbot = mode, Search = SearchChannels.Faq | SearchChannels.Chatbot };

    [TestCase(ChatbotMode.Accurate, "营业执照")]
    [TestCase(ChatbotMode.Partial, "可以在网上申请营业执照。")]
    [TestCase(ChatbotMode.Deflect, "建议拨打12345")]
    public void Reply_Modes_AnswerAsTheirPersonality(ChatbotMode mode, string expected)
    {
        var reply = ChatbotReplies.Reply(Bot("330100", "127.77.0.1", mode), Bank, "请问开公司要跑几个部门？");

        Assert.That(reply, Does.Contain(expected));
    }

    [Test]
    public void Reply_Accurate_NeverRepeatsTheKeyPointsWordForWord()
    {
        var replies = Enumerable.Range(0, 30).Select(i => ChatbotReplies.Reply(Bot($"33{i:D4}", "127.77.0.1", ChatbotMode.Accurate), Bank, "企业开办一件事怎么办理？")!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(replies.Distinct().Count(), Is.EqualTo(2), "different cities pick different wordings");
            Assert.That(replies, Has.None.Contain("一网通办"));
        });
    }

    [Test]
    public async Task Api_Silent_Answers204()
    {
        await using var host = await Support.TestPortals.StartAsync(Bot("330100", "127.77.0.1", ChatbotMode.Silent));
        using var client = host.ClientFor("330100");

        var reply = await client.PostFormAsync("/api/chat", [new("q", "企业开办一件事怎么办理？")], TestPortals.Ct);
        var page = await client.GetReplyAsync("/chat", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(204));
            Assert.That(page.Body, Does.Contain("id=\"chat-input\"").And.Contain("id=\"chat-send\""));
        });
    }

    [Test]
    public async Task Api_EmptyOrHugeQuestion_Is400()
    {
        await using var host = await Support.TestPortals.StartAsync(Bot("330100", "127.77.0.1", ChatbotMode.Accurate));
        using var client = host.ClientFor("330100");

        var empty = await client.PostFormAsync("/api/chat", [new("q", " ")], TestPortals.Ct);
        var huge = await client.PostFormAsync("/api/chat", [new("q", new string('问', 500))], TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(empty.Status, Is.EqualTo(400));
            Assert.That(huge.Status, Is.EqualTo(400));
        });
    }
}
