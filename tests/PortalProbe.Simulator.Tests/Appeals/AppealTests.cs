using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.Appeals;

[CancelAfter(30_000)]
public sealed class AppealTests
{
    // 17:30 UTC on 31 March is 01:30 on 1 April in Beijing: the ticket must carry the Beijing date.
    private static readonly DateTimeOffset LateEveningUtc = new(2025, 3, 31, 17, 30, 0, TimeSpan.Zero);

    private static readonly string[] AppealTypes = ["咨询", "投诉", "建议", "求助"];

    [Test]
    public async Task AppealForm_Get_HasLabelledFieldsAndAWorkingButton()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/appeal", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<label for=\"type\">诉求类型</label><select id=\"type\" name=\"type\">"));
            foreach (var type in AppealTypes)
            {
                Assert.That(reply.Body, Does.Contain($"<option value=\"{type}\">{type}</option>"));
            }

            Assert.That(reply.Body, Does.Contain("<label for=\"title\">标题</label>"));
            Assert.That(reply.Body, Does.Contain("<label for=\"content\">诉求内容</label><textarea id=\"content\" name=\"content\""));
            Assert.That(reply.Body, Does.Contain("<label for=\"phone\">联系电话</label>"));
            Assert.That(reply.Body, Does.Contain("<label for=\"agree\">我已阅读并同意《用户服务协议》</label>"));
            Assert.That(reply.Body, Does.Contain("<button type=\"submit\" id=\"appeal-submit\">提交</button>"));
            Assert.That(reply.Body, Does.Not.Contain("preventDefault"));
        });
    }

    [Test]
    public async Task Submit_ValidAppeal_ShowsTicketWithPrefixAndBeijingDate()
    {
        await using var host = await TestPortals.StartAsync(new FakeTime(LateEveningUtc), TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("提交成功").And.Contain("工单编号：<span id=\"ticket\">"));
            Assert.That(TicketIn(reply.Body), Is.EqualTo("HZ202504010001"));
            Assert.That(reply.Body, Does.Not.Contain(Phone));
        });
    }

    [Test]
    public async Task Submit_ClockMovesOn_NumbersCountUpAndDateFollows()
    {
        var time = new FakeTime(LateEveningUtc);
        await using var host = await TestPortals.StartAsync(time, TestPortals.Hangzhou(), TestPortals.Ningbo());
        using var hangzhou = host.ClientFor(TestPortals.HangzhouCode);
        using var ningbo = host.ClientFor(TestPortals.NingboCode);

        var first = TicketIn((await hangzhou.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);
        time.Advance(TimeSpan.FromDays(1));
        var second = TicketIn((await hangzhou.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);
        var otherCity = TicketIn((await ningbo.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo("HZ202504010001"));
            Assert.That(second, Is.EqualTo("HZ202504020002"));
            Assert.That(otherCity, Is.EqualTo("NB202504020001"), "each portal counts its own tickets");
        });
    }

    [Test]
    public async Task Submit_EveryFieldWrong_ReShowsFormWithEveryErrorKeepingValuesButNotPhone()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var fields = new Dictionary<string, string>
        {
            ["type"] = "闲聊",
            ["title"] = "",
            ["content"] = "太短了<b>",
            ["phone"] = "0571-1234",
        };

        var reply = await client.SubmitAppealAsync(fields, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Not.Contain("提交成功"));
            Assert.That(reply.Body, Does.Contain("<li>请选择诉求类型</li>"));
            Assert.That(reply.Body, Does.Contain("<li>请填写标题</li>"));
            Assert.That(reply.Body, Does.Contain("<li>诉求内容不少于10个字</li>"));
            Assert.That(reply.Body, Does.Contain("<li>联系电话格式不正确</li>"));
            Assert.That(reply.Body, Does.Contain("<li>请阅读并同意《用户服务协议》</li>"));
            Assert.That(reply.Body, Does.Contain(">太短了&lt;b&gt;</textarea>"), "the content is kept, encoded");
            Assert.That(reply.Body, Does.Not.Contain("0571-1234"));
        });
    }

    [Test]
    public async Task Submit_OnlyAgreementMissing_KeepsOtherValues()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var fields = ValidAppeal();
        fields.Remove("agree");

        var reply = await client.SubmitAppealAsync(fields, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Body, Does.Contain("<li>请阅读并同意《用户服务协议》</li>"));
            Assert.That(reply.Body, Does.Contain("<option value=\"投诉\" selected>投诉</option>"));
            Assert.That(reply.Body, Does.Contain("value=\"小区门口路灯不亮\""));
            Assert.That(reply.Body, Does.Not.Contain(Phone));
        });
    }

    [Test]
    public async Task Progress_IssuedTicket_ShowsAccepted()
    {
        await using var host = await TestPortals.StartAsync(new FakeTime(LateEveningUtc), TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var ticket = TicketIn((await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);

        var reply = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain($"<td id=\"progress-ticket\">{ticket}</td>"));
            Assert.That(reply.Body, Does.Contain("<td id=\"state\">已受理</td>"));
            Assert.That(reply.Body, Does.Contain("<td id=\"submitted-at\">2025-04-01 01:30</td>"));
            Assert.That(reply.Body, Does.Not.Contain(Phone));
        });
    }

    [TestCase("HZ202504010999")]
    [TestCase("<script>alert(1)</script>")]
    public async Task Progress_UnknownTicket_SaysNoneFound(string ticket)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync($"/progress?ticket={Uri.EscapeDataString(ticket)}", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("未查询到相关工单").And.Not.Contain("<script>alert"));
        });
    }

    [Test]
    public async Task Progress_TicketOfAnotherCity_SaysNoneFound()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(), TestPortals.Ningbo());
        using var hangzhou = host.ClientFor(TestPortals.HangzhouCode);
        using var ningbo = host.ClientFor(TestPortals.NingboCode);
        var ticket = TicketIn((await hangzhou.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);

        var reply = await ningbo.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("未查询到相关工单"));
    }

    [Test]
    public async Task Progress_NoQuery_ShowsOnlyTheForm()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/progress", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Body, Does.Contain("<label for=\"ticket-no\">工单编号</label>").And.Contain(">查询</button>"));
            Assert.That(reply.Body, Does.Not.Contain("id=\"progress-result\""));
        });
    }
}
