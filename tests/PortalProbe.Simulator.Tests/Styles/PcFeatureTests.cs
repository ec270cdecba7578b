using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;
using static PortalProbe.Simulator.Tests.Support.PortalSteps;

namespace PortalProbe.Simulator.Tests.Styles;

[CancelAfter(30_000)]
public sealed class PcFeatureTests
{
    private static PortalPersonality Full() => TestPortals.Hangzhou() with
    {
        Chatbot = ChatbotMode.Accurate,
        Search = SearchChannels.SiteSearch | SearchChannels.Faq | SearchChannels.HotQuestions | SearchChannels.Chatbot,
        DataReports = new DisclosureSection(DisclosureFreshness.Recent, DateStyle.YearMonth),
        HotCases = new DisclosureSection(DisclosureFreshness.Stale, DateStyle.Slashed),
        EnterpriseEntrance = true,
        AsOf = new DateOnly(2024, 6, 1),
        Vocabulary = new PortalVocabulary { Appeal = "在线诉求", IdPrefix = "gov-" },
    };

    [Test]
    public async Task Home_FullPortal_ListsEveryFunctionWithItsOwnLabels()
    {
        await using var host = await TestPortals.StartAsync(Full());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var home = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(home.Body, Does.Contain("<a href=\"/appeal\">在线诉求</a>").And.Contain("<a href=\"/chat\">智能客服</a>"));
            Assert.That(home.Body, Does.Contain("<a href=\"/data/reports\">数据发布</a>").And.Contain("<a href=\"/enterprise\">企业服务专区</a>"));
            Assert.That(home.Body, Does.Contain("id=\"gov-enterprise-entry\""));
        });
    }

    [Test]
    public async Task Home_NoFunctions_HasNoEntrancesForThem()
    {
        var portal = TestPortals.Hangzhou() with { Registration = RegistrationMode.None, Submission = SubmissionMode.None, Progress = ProgressMode.None, Search = SearchChannels.None };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var home = await client.GetReplyAsync("/", TestPortals.Ct);
        var appeal = await client.GetReplyAsync("/appeal", TestPortals.Ct);
        var faq = await client.GetReplyAsync("/faq", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(home.Body, Does.Not.Contain("href=\"/appeal\"").And.Not.Contain("href=\"/register\"").And.Not.Contain("href=\"/faq\""));
            Assert.That(appeal.Status, Is.EqualTo(404));
            Assert.That(faq.Status, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task Disclosure_RecentReportsAndStaleCases_AreDatedInTheirFormats()
    {
        await using var host = await TestPortals.StartAsync(Full());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reports = await client.GetReplyAsync("/data/reports", TestPortals.Ct);
        var cases = await client.GetReplyAsync("/data/cases", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reports.Body, Does.Match("<span class=\"report-date\">2024年(5|4)月</span>"));
            Assert.That(reports.Body, Does.Contain("id=\"gov-report-list\""));
            Assert.That(cases.Body, Does.Match("<span class=\"case-date\">(2023|2024)/[0-9]{1,2}/[0-9]{1,2}</span>"));
            Assert.That(cases.Body, Does.Not.Contain("<span class=\"case-date\">2024/5/"), "stale cases are older than 45 days");
        });
    }

    [Test]
    public async Task Disclosure_Undated_HasNoDates()
    {
        await using var host = await TestPortals.StartAsync(Full() with { DataReports = new DisclosureSection(DisclosureFreshness.Undated) });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reports = await client.GetReplyAsync("/data/reports", TestPortals.Ct);

        Assert.That(reports.Body, Does.Contain("运行情况报告").And.Not.Contain("report-date"));
    }

    [Test]
    public async Task Search_KnownWords_FindTheFaqEntry()
    {
        await using var host = await TestPortals.StartAsync(Full());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var hit = await client.GetReplyAsync("/search?q=" + Uri.EscapeDataString("企业开办"), TestPortals.Ct);
        var miss = await client.GetReplyAsync("/search?q=" + Uri.EscapeDataString("火星移民"), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(hit.Body, Does.Contain("id=\"gov-search-results\"").And.Contain("企业开办一件事怎么办理？"));
            Assert.That(miss.Body, Does.Contain("id=\"gov-search-empty\""));
        });
    }

    [Test]
    public async Task Register_Email_RegistersAndLogsIn()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { Registration = RegistrationMode.Email });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var form = await client.GetReplyAsync("/register", TestPortals.Ct);
        var registered = await client.PostFormAsync("/register", [new("email", "a@example.cn"), new("password", Password), new("confirm", Password)], TestPortals.Ct);
        var login = await client.PostFormAsync("/login", [new("account", "a@example.cn"), new("password", Password)], TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(form.Body, Does.Contain("id=\"email\"").And.Contain("id=\"confirm\""));
            Assert.That(registered.Body, Does.Contain("注册成功"));
            Assert.That(login.Body, Does.Contain("登录成功"));
        });
    }

    [Test]
    public async Task Register_Captcha_ShowsAnImageAndNeedsItsCode()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { Registration = RegistrationMode.Captcha });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var form = await client.GetReplyAsync("/register", TestPortals.Ct);
        var image = await client.GetReplyAsync("/captcha.svg", TestPortals.Ct);
        var captcha = (await client.GetReplyAsync("/__test/captcha", TestPortals.Ct)).Body;
        await client.SendSmsAsync(Phone, TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(Phone, TestPortals.Ct);

        var wrong = await client.PostFormAsync("/register", [new("phone", Phone), new("code", code), new("password", Password), new("captcha", "xxxx")], TestPortals.Ct);
        var right = await client.PostFormAsync("/register", [new("phone", Phone), new("code", code), new("password", Password), new("captcha", captcha)], TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(form.Body, Does.Contain("<img id=\"captcha-img\""));
            Assert.That(image.ContentType, Does.StartWith("image/svg+xml"));
            Assert.That(wrong.Body, Does.Contain("图形验证码错误"));
            Assert.That(right.Body, Does.Contain("注册成功"));
        });
    }

    [TestCase(RegistrationMode.Broken500)]
    public async Task Register_Broken500_Returns500Maintenance(RegistrationMode mode)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { Registration = mode });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.RegisterAsync(Phone, "123456", Password, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(500));
            Assert.That(reply.Body, Does.Contain("系统维护中"));
        });
    }

    [Test]
    public async Task Appeal_FormNeverLoads_ShowsASpinnerWhoseSourceFails()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { Submission = SubmissionMode.FormNeverLoads });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var page = await client.GetReplyAsync("/appeal", TestPortals.Ct);
        var source = await client.GetReplyAsync("/api/appeal/form", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(page.Body, Does.Contain("表单加载中").And.Not.Contain("id=\"appeal-submit\""));
            Assert.That(source.Status, Is.EqualTo(500));
        });
    }

    [Test]
    public async Task Progress_Broken_NeverFindsATicket()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou() with { Progress = ProgressMode.Broken });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        var ticket = TicketIn((await client.SubmitAppealAsync(ValidAppeal(), TestPortals.Ct)).Body);

        var reply = await client.GetReplyAsync($"/progress?ticket={ticket}", TestPortals.Ct);

        Assert.That(reply.Body, Does.Contain("未查询到相关工单"));
    }
}
