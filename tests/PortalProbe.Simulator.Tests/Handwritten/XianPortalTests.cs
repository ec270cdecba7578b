using System.Text.Json;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Handwritten.HandwrittenHost;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>西安市一网通办 (fixtures/handwritten/610100-xian), over HTTP: its pages as written, its JSON API as designed.</summary>
[CancelAfter(30_000)]
public sealed class XianPortalTests
{
    private const string Phone = "13800138000";

    [TestCase("/", "我要反映")]
    [TestCase("/index.html", "data-go=\"/sq/appeal.html\"")]
    [TestCase("/sq/appeal.html", "aria-label=\"诉求类型\"")]
    [TestCase("/sq/progress.html", "placeholder=\"请输入诉求编号")]
    [TestCase("/user/register.html", "placeholder=\"短信验证码\"")]
    [TestCase("/user/login.html", "placeholder=\"请输入登录密码\"")]
    [TestCase("/xxgk/index.html", "href=\"/xxgk/sjtj.html\">数据统计</a>")]
    [TestCase("/xxgk/sjtj.html", "发布日期：2024年05月08日")]
    [TestCase("/xxgk/rdsq.html", "发布日期：2024年05月27日")]
    [TestCase("/xxgk/sjtj/202404.html", "按时办结率")]
    [TestCase("/rmwt.html", "aria-expanded=\"false\"")]
    [TestCase("/search.html", "/data/search-index.json")]
    [TestCase("/qyzq.html", "企业诉求一键直达")]
    [TestCase("/js/ywtb.js", "智能客服小安")]
    public async Task Page_AsWritten_AnswersWithItsMarkup(string path, string marker)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetReplyAsync(path, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(200));
        Assert.That(reply.Body, Does.Contain(marker));
    }

    [Test]
    public async Task AppealWizard_Labels_ArePlaceholdersOnly()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var page = (await client.GetReplyAsync("/sq/appeal.html", TestPortals.Ct)).Body;

        Assert.That(page, Does.Not.Contain("<label"));
        Assert.That(page, Does.Not.Contain("<form"));
        Assert.That(page, Does.Not.Contain("<button"));
        Assert.That(page, Does.Contain("role=\"radio\"").And.Contain("role=\"checkbox\"").And.Contain(">确认提交</div>"));
    }

    [Test]
    public async Task HomePage_PortPlaceholder_IsReplacedByTheServedPort()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var page = (await client.GetReplyAsync("/", TestPortals.Ct)).Body;

        Assert.That(page, Does.Not.Contain("{{port}}"));
        Assert.That(page, Does.Contain($"href=\"http://127.1.211.1:{host.Port}/xian/index.html\""));
    }

    [TestCase("/nope.html")]
    [TestCase("/sq/")]
    [TestCase("/../portal.json")]
    [TestCase("/%2e%2e/portal.json")]
    [TestCase("/.hidden")]
    public async Task MissingPage_AnyPath_Answers404WithTheSitesOwnPage(string path)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetReplyAsync(path, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(404));
        Assert.That(reply.Body, Does.Contain("抱歉，您访问的页面不存在"));
    }

    [Test]
    public async Task StaticPage_Post_Answers405()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.PostReplyAsync("/index.html", null, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(405));
    }

    [Test]
    public async Task Registration_WithCodeFromBackDoor_RegistersAndLogsIn()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var sent = await client.PostJsonAsync("/api/ywtb/sms/send", new { phone = Phone }, TestPortals.Ct);
        var code = (await client.GetReplyAsync($"/__test/sms?phone={Phone}", TestPortals.Ct)).Body;
        var registered = await client.PostJsonAsync("/api/ywtb/user/register", new { phone = Phone, code, password = "Probe#2026" }, TestPortals.Ct);
        var login = await client.PostJsonAsync("/api/ywtb/user/login", new { phone = Phone, password = "Probe#2026" }, TestPortals.Ct);

        Assert.That(sent.Code(), Is.Zero);
        Assert.That(code, Does.Match("^[0-9]{6}$"));
        Assert.That(registered.Code(), Is.Zero, registered.ToString());
        Assert.That(login.Code(), Is.Zero);
        Assert.That(login.Data("displayName"), Is.EqualTo("用户138****8000"));
    }

    [Test]
    public async Task Registration_WrongCode_IsRefused()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);
        await client.PostJsonAsync("/api/ywtb/sms/send", new { phone = Phone }, TestPortals.Ct);

        var registered = await client.PostJsonAsync("/api/ywtb/user/register", new { phone = Phone, code = "000000x", password = "Probe#2026" }, TestPortals.Ct);
        var login = await client.PostJsonAsync("/api/ywtb/user/login", new { phone = Phone, password = "Probe#2026" }, TestPortals.Ct);

        Assert.That(registered.Code(), Is.Not.Zero);
        Assert.That(registered.GetProperty("msg").GetString(), Is.EqualTo("短信验证码错误或已失效"));
        Assert.That(login.Code(), Is.Not.Zero);
    }

    [Test]
    public async Task Appeal_Complete_AnswersTicketWithPrefixAndBeijingDate()
    {
        await using var host = await StartAsync(new FakeTime(Monday));
        using var client = host.ClientFor(XianCode);

        var reply = await client.PostJsonAsync("/api/ywtb/appeal", Appeal(), TestPortals.Ct);

        Assert.That(reply.Code(), Is.Zero, reply.ToString());
        Assert.That(reply.Data("sqbh"), Is.EqualTo("XA202406030001"));
        Assert.That(reply.Data("acceptedAt"), Is.EqualTo("2024-06-03 10:00"));
    }

    [Test]
    public async Task Appeal_ShortContentAndNoAgreement_ListsEveryProblem()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.PostJsonAsync("/api/ywtb/appeal", Appeal(content: "十个字还不够十五个字", agreed: false), TestPortals.Ct);

        Assert.That(reply.Code(), Is.EqualTo(1));
        Assert.That(reply.GetProperty("msg").GetString(), Is.EqualTo("诉求内容须为15-2000字；请阅读并同意网上诉求须知"));
    }

    [TestCase("not json", "application/json")]
    [TestCase("[1,2]", "application/json")]
    [TestCase("type=咨询", "application/x-www-form-urlencoded")]
    public async Task Appeal_BodyNotAJsonObject_Answers400(string body, string type)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);
        using var content = new StringContent(body, System.Text.Encoding.UTF8, type);

        var reply = await client.PostReplyAsync("/api/ywtb/appeal", content, TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(400));
        Assert.That(JsonDocument.Parse(reply.Body).RootElement.Code(), Is.EqualTo(400));
    }

    [Test]
    public async Task Appeal_Get_Answers405()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetReplyAsync("/api/ywtb/appeal", TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(405));
    }

    [Test]
    public async Task Progress_AsTheClockMoves_GoesFromAcceptedToClosedAfterThreeWorkingDays()
    {
        var time = new FakeTime(Monday);
        await using var host = await StartAsync(time);
        using var client = host.ClientFor(XianCode);
        var ticket = (await client.PostJsonAsync("/api/ywtb/appeal", Appeal(), TestPortals.Ct)).Data("sqbh");

        var accepted = await client.GetJsonAsync($"/api/ywtb/progress?sqbh={ticket}", TestPortals.Ct);
        time.Advance(TimeSpan.FromDays(1));
        var inProgress = await client.GetJsonAsync($"/api/ywtb/progress?sqbh={ticket}", TestPortals.Ct);
        time.Advance(TimeSpan.FromDays(2));
        var closed = await client.GetJsonAsync($"/api/ywtb/progress?sqbh={ticket}", TestPortals.Ct);

        Assert.That(accepted.Data("state"), Is.EqualTo("已受理"));
        Assert.That(inProgress.Data("state"), Is.EqualTo("办理中"));
        Assert.That(closed.Data("state"), Is.EqualTo("已办结"));
        Assert.That(closed.Data("repliedOn"), Is.EqualTo("2024-06-06"));
        Assert.That(closed.Data("reply"), Does.Contain("西安市"));
    }

    [Test]
    public async Task Progress_UnknownTicket_SaysNotFound()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetJsonAsync("/api/ywtb/progress?sqbh=XA202401010001", TestPortals.Ct);

        Assert.That(reply.Code(), Is.EqualTo(404));
        Assert.That(reply.GetProperty("msg").GetString(), Does.Contain("未查询到"));
    }

    [TestCase("企业开办一件事怎么办理？", "营业执照办理、公章刻制、发票申领")]
    [TestCase("我想开一家公司，需要跑哪些部门？", "1个工作日内")]
    [TestCase("医保卡掉了，补一张要多久？", "挂失")]
    [TestCase("办居住证去哪里申请？", "居住地派出所")]
    [TestCase("今天天气怎么样", "小安还在学习中")]
    public async Task Robot_Question_AnswersFromTheHandWrittenScript(string question, string expected)
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.PostJsonAsync("/api/ywtb/robot", new { question }, TestPortals.Ct);

        Assert.That(reply.Code(), Is.Zero);
        Assert.That(reply.Data("answer"), Does.Contain(expected));
    }

    [Test]
    public async Task Robot_EmptyQuestion_IsRefused()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.PostJsonAsync("/api/ywtb/robot", new { question = "  " }, TestPortals.Ct);

        Assert.That(reply.Code(), Is.EqualTo(1));
    }

    [Test]
    public async Task SearchIndex_Keyword_HasAHitForTheScriptsQuery()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetReplyAsync("/data/search-index.json", TestPortals.Ct);
        var items = JsonDocument.Parse(reply.Body).RootElement.EnumerateArray().ToList();

        Assert.That(reply.ContentType, Does.StartWith("application/json"));
        Assert.That(items.Count(i => (i.GetProperty("title").GetString() + i.GetProperty("text").GetString()).Contains("公积金", StringComparison.Ordinal)), Is.GreaterThan(0));
    }

    [Test]
    public async Task NanningEndpoints_OnXian_AreNotServed()
    {
        await using var host = await StartAsync(TimeProvider.System);
        using var client = host.ClientFor(XianCode);

        var reply = await client.GetReplyAsync("/servlet/yzm", TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(404));
    }

    private static object Appeal(string content = "【测评】此为12345互联网渠道测评的测试诉求，请勿派单。", bool agreed = true) => new
    {
        type = "咨询",
        title = "【测评】咨询企业开办一件事",
        content,
        phone = Phone,
        enterprise = false,
        agreed,
    };
}
