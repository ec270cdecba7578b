using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Pages;

[CancelAfter(30_000)]
public sealed class PageTests
{
    [Test]
    public async Task Home_Get_IsAChinesePortalPageWithItsEntrances()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.ContentType, Does.StartWith("text/html").And.Contain("utf-8"));
            Assert.That(reply.Body, Does.Contain("<html lang=\"zh-CN\">").And.Contain("<meta charset=\"utf-8\">"));
            Assert.That(reply.Body, Does.Contain("<header>杭州市12345政务服务便民热线</header>"));
            Assert.That(reply.Body, Does.Contain("<a href=\"/register\">用户注册</a>"));
            Assert.That(reply.Body, Does.Contain("<a href=\"/appeal\">我要反映</a>"));
            Assert.That(reply.Body, Does.Contain("<a href=\"/progress\">诉求查询</a>"));
            Assert.That(reply.Body, Does.Contain("<a href=\"/faq\">常见问题</a>"));
            Assert.That(reply.Body, Does.Contain("<footer>"));
        });
    }

    [Test]
    public async Task Faq_Get_ListsQuestionsAndAnswers()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/faq", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(reply.Body, Does.Contain("<h1>常见问题</h1>").And.Contain("<dt>如何注册账号？</dt>").And.Contain("企业开办一件事"));
        });
    }

    [TestCase("/nope")]
    [TestCase("/static/app.js")]
    [TestCase("/register/extra")]
    [TestCase("/%E4%B8%AD%E6%96%87")]
    public async Task UnknownPath_Get_Returns404ChinesePage(string path)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync(path, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(404));
            Assert.That(reply.ContentType, Does.StartWith("text/html"));
            Assert.That(reply.Body, Does.Contain("页面不存在").And.Contain("杭州市12345政务服务便民热线").And.Contain("<a href=\"/\">返回首页</a>"));
        });
    }

    [TestCase("/")]
    [TestCase("/register")]
    [TestCase("/appeal")]
    [TestCase("/progress")]
    [TestCase("/faq")]
    public async Task Page_Head_Returns200WithoutBody(string path)
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou());
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        using var request = new HttpRequestMessage(HttpMethod.Head, new Uri(path, UriKind.Relative));

        using var response = await client.SendAsync(request, TestPortals.Ct);
        var body = await response.Content.ReadAsStringAsync(TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(body, Is.Empty);
        });
    }
}
