using System.Text;
using System.Text.Json;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Styles;

[CancelAfter(30_000)]
public sealed class SpaStyleTests
{
    private static PortalPersonality Wechat() => TestPortals.Hangzhou() with { Style = PortalStyle.WechatH5, Vocabulary = new PortalVocabulary { IdPrefix = "hz-" } };

    private static PortalPersonality App() => TestPortals.Ningbo() with { Style = PortalStyle.AppH5 };

    [Test]
    public async Task Shell_Wechat_IsAScriptRenderedPageWithItsConfiguration()
    {
        await using var host = await TestPortals.StartAsync(Wechat());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var shell = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(shell.Status, Is.EqualTo(200));
            Assert.That(shell.Body, Does.Contain("<div id=\"app\">").And.Contain("window.__CFG__ = "));
            Assert.That(shell.Body, Does.Contain("\"api\":\"/wx/api\"").And.Contain("hz-wx-appeal-title"));
            Assert.That(shell.Body, Does.Contain("hashchange").And.Contain("weui-btn"));
            Assert.That(shell.Body, Does.Not.Contain("<form id=\"appeal-form\""), "the form is drawn by the script, not served");
        });
    }

    [Test]
    public async Task Shell_WechatOnlyWithoutMicroMessenger_ShowsOpenInWechat()
    {
        await using var host = await TestPortals.StartAsync(Wechat() with { WechatOnly = true });
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var browser = await Raw.SendAsync(client, HttpMethod.Get, "/", TestPortals.Ct, userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0");
        var wechat = await Raw.SendAsync(client, HttpMethod.Get, "/", TestPortals.Ct, userAgent: Raw.WechatAgent);
        var api = await Raw.SendAsync(client, HttpMethod.Get, "/wx/api/appeal/form", TestPortals.Ct, userAgent: "curl/8");

        Assert.Multiple(() =>
        {
            Assert.That(Encoding.UTF8.GetString(browser.Body), Does.Contain("请在微信客户端打开").And.Not.Contain("__CFG__"));
            Assert.That(Encoding.UTF8.GetString(wechat.Body), Does.Contain("__CFG__"));
            Assert.That(api.Status, Is.EqualTo(403));
        });
    }

    [Test]
    public async Task OAuthGate_WechatOAuth_AuthorizePageAndApiRefuse()
    {
        await using var host = await TestPortals.StartAsync(Wechat() with { Registration = RegistrationMode.WechatOAuth });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var shell = await client.GetReplyAsync("/", TestPortals.Ct);
        var gate = await client.GetReplyAsync("/wx/oauth/authorize?appid=wx330100", TestPortals.Ct);
        var appeal = await client.PostFormAsync("/wx/api/appeal", PortalSteps.ValidAppeal(), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(shell.Body, Does.Contain("\"oauth\":true"));
            Assert.That(gate.Body, Does.Contain("请在微信客户端打开"));
            Assert.That(appeal.Status, Is.EqualTo(401));
        });
    }

    [Test]
    public async Task Api_WechatAppealThenProgress_ReturnsTicketAndState()
    {
        await using var host = await TestPortals.StartAsync(Wechat());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var form = await client.GetReplyAsync("/wx/api/appeal/form", TestPortals.Ct);
        var submitted = await client.PostFormAsync("/wx/api/appeal", PortalSteps.ValidAppeal(), TestPortals.Ct);
        var ticket = JsonDocument.Parse(submitted.Body).RootElement.GetProperty("ticket").GetString();
        var progress = await client.GetReplyAsync($"/wx/api/progress?ticket={ticket}", TestPortals.Ct);
        var state = JsonDocument.Parse(progress.Body).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(form.Body, Does.Contain("\"types\""));
            Assert.That(ticket, Does.StartWith("HZ"));
            Assert.That(state.GetProperty("found").GetBoolean(), Is.True);
            Assert.That(state.GetProperty("state").GetString(), Is.EqualTo("已受理"));
        });
    }

    [TestCase(SubmissionMode.FormNeverLoads, "/wx/api/appeal/form", 500)]
    [TestCase(SubmissionMode.ServerError, "/wx/api/appeal", 500)]
    [TestCase(SubmissionMode.None, "/wx/api/appeal/form", 404)]
    public async Task Api_BrokenSubmission_AnswersAsThePersonalitySays(SubmissionMode mode, string path, int status)
    {
        await using var host = await TestPortals.StartAsync(Wechat() with { Submission = mode });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = path.EndsWith("form", StringComparison.Ordinal)
            ? await client.GetReplyAsync(path, TestPortals.Ct)
            : await client.PostFormAsync(path, PortalSteps.ValidAppeal(), TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(status));
    }

    [Test]
    public async Task Shell_DeadButton_HasNoSubmitHandler()
    {
        await using var host = await TestPortals.StartAsync(Wechat() with { Submission = SubmissionMode.DeadButton });
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var shell = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.That(shell.Body, Does.Contain("\"submitHandler\":false"));
    }

    [Test]
    public async Task App_RootRedirectsAndEveryRouteServesTheShell()
    {
        await using var host = await TestPortals.StartAsync(App());
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.NingboCode));

        var root = await Raw.SendAsync(client, HttpMethod.Get, "/", TestPortals.Ct);
        var appeal = await Raw.SendAsync(client, HttpMethod.Get, "/app/appeal", TestPortals.Ct);
        var unknown = await Raw.SendAsync(client, HttpMethod.Get, "/app/nothing", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(root.Status, Is.EqualTo(302));
            Assert.That(root.Location, Is.EqualTo("/app/"));
            Assert.That(Encoding.UTF8.GetString(appeal.Body), Does.Contain("pushState").And.Contain("van-button").And.Contain("\"api\":\"/app/api\""));
            Assert.That(unknown.Status, Is.EqualTo(404));
        });
    }

    [Test]
    public async Task App_Progress_NeedsThePhoneToo()
    {
        await using var host = await TestPortals.StartAsync(App());
        using var client = host.ClientFor(TestPortals.NingboCode);
        var submitted = await client.PostFormAsync("/app/api/appeal", PortalSteps.ValidAppeal(), TestPortals.Ct);
        var ticket = JsonDocument.Parse(submitted.Body).RootElement.GetProperty("ticket").GetString();

        var without = await client.GetReplyAsync($"/app/api/progress?ticket={ticket}", TestPortals.Ct);
        var with = await client.GetReplyAsync($"/app/api/progress?ticket={ticket}&phone={PortalSteps.Phone}", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(without.Body, Does.Contain("\"found\":false"));
            Assert.That(with.Body, Does.Contain("\"found\":true"));
        });
    }

    [Test]
    public async Task Api_SmsRegistrationThenLogin_Works()
    {
        await using var host = await TestPortals.StartAsync(App());
        using var client = host.ClientFor(TestPortals.NingboCode);
        await client.PostFormAsync("/app/api/sms", [new("phone", PortalSteps.Phone)], TestPortals.Ct);
        var code = await client.ReadSmsCodeAsync(PortalSteps.Phone, TestPortals.Ct);

        var registered = await client.PostFormAsync("/app/api/register",
            [new("phone", PortalSteps.Phone), new("code", code), new("password", PortalSteps.Password)], TestPortals.Ct);
        var login = await client.PostFormAsync("/app/api/login", [new("account", PortalSteps.Phone), new("password", PortalSteps.Password)], TestPortals.Ct);
        var wrong = await client.PostFormAsync("/app/api/login", [new("account", PortalSteps.Phone), new("password", "nope")], TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(registered.Body, Does.Contain("\"ok\":true"));
            Assert.That(login.Body, Does.Contain("\"ok\":true"));
            Assert.That(wrong.Body, Does.Contain("\"ok\":false"));
        });
    }

    [TestCase("/wx/api/appeal", "text/plain", "x")]
    [TestCase("/wx/api/chat", "application/x-www-form-urlencoded", "q=%%%")]
    [TestCase("/wx/api/nothing", "application/x-www-form-urlencoded", "a=b")]
    public async Task Api_MalformedPost_NeverA500(string path, string type, string body)
    {
        await using var host = await TestPortals.StartAsync(Wechat() with { Chatbot = ChatbotMode.Accurate, Search = SearchChannels.Faq | SearchChannels.Chatbot });
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        using var content = new StringContent(body, Encoding.UTF8, type);

        var reply = await client.PostReplyAsync(path, content, TestPortals.Ct);

        Assert.That(reply.Status, Is.AnyOf(200, 400, 404));
    }
}
