using System.Diagnostics;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Links;

[CancelAfter(30_000)]
public sealed class LinkTests
{
    private static readonly ExternalSite Province = new("zj", "浙江政务服务网", "127.77.1.1");

    private static PortalPersonality WithLinks(params PortalLink[] links) => TestPortals.Hangzhou() with { Links = links };

    private static Task<SimulatorHost> StartAsync(PortalPersonality portal) =>
        SimulatorHost.StartAsync(new SimulatorOptions { Portals = [portal], ExternalSites = [Province] }, TestPortals.Ct);

    [TestCase(LinkBehaviour.NotFound, 404)]
    [TestCase(LinkBehaviour.ServerError, 500)]
    [TestCase(LinkBehaviour.Ok, 200)]
    public async Task Get_InternalLink_AnswersItsStatus(LinkBehaviour behaviour, int status)
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("通知公告", "/tzgg/1.html", behaviour)));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reply = await client.GetReplyAsync("/tzgg/1.html", TestPortals.Ct);

        Assert.That(reply.Status, Is.EqualTo(status));
    }

    [Test]
    public async Task Home_Links_ListsEveryHrefIncludingTheRefusedAndExternalOnes()
    {
        await using var host = await StartAsync(WithLinks(
            new PortalLink("通知公告", "/tzgg/1.html", LinkBehaviour.Ok),
            new PortalLink("省政务服务网", "/zwfw/330100", LinkBehaviour.Ok, Province.Id),
            new PortalLink("旧版网站", "/old", LinkBehaviour.Refused)));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var home = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(home.Body, Does.Contain("<ul id=\"links\" class=\"links\">").And.Contain("href=\"/tzgg/1.html\""));
            Assert.That(home.Body, Does.Contain($"href=\"http://127.77.1.1:{host.Port}/zwfw/330100\""));
            Assert.That(home.Body, Does.Contain($"href=\"http://{SimulatorOptions.DefaultRefusedAddress}:{host.Port}/old\""));
        });
    }

    [Test]
    public async Task Get_RefusedLink_ConnectionIsRefused()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("旧版网站", "/old", LinkBehaviour.Refused)));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };

        var error = Assert.CatchAsync<HttpRequestException>(async () =>
            await client.GetAsync(new Uri($"http://{SimulatorOptions.DefaultRefusedAddress}:{host.Port}/old"), TestPortals.Ct));

        Assert.That(Raw.IsRefused(error!), Is.True, error!.ToString());
    }

    [Test]
    public async Task Get_RedirectChain_301Then302Then200()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("政策文件", "/zcwj", LinkBehaviour.RedirectChain)));
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var first = await Raw.SendAsync(client, HttpMethod.Get, "/zcwj", TestPortals.Ct);
        var second = await Raw.SendAsync(client, HttpMethod.Get, first.Location!, TestPortals.Ct);
        var third = await Raw.SendAsync(client, HttpMethod.Get, second.Location!, TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(first.Status, Is.EqualTo(301));
            Assert.That(second.Status, Is.EqualTo(302));
            Assert.That(third.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Get_RedirectLoop_NeverReachesAPage()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("专题专栏", "/ztzl", LinkBehaviour.RedirectLoop)));
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var path = "/ztzl";
        var seen = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            var reply = await Raw.SendAsync(client, HttpMethod.Get, path, TestPortals.Ct);
            Assert.That(reply.Status, Is.EqualTo(302));
            seen.Add(path);
            path = reply.Location!;
        }

        Assert.That(seen.Distinct().Count(), Is.EqualTo(2), "the two paths send the client to each other");
    }

    [Test]
    public async Task Get_ExternalJumpFails_JumpPageLeadsToA502OnTheExternalSite()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("社保查询", "/jump/sb", LinkBehaviour.ExternalJumpFails, Province.Id)));
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        using var outside = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };

        var jump = await client.GetReplyAsync("/jump/sb", TestPortals.Ct);
        var target = $"http://127.77.1.1:{host.Port}/unavailable/jump/sb";
        using var landed = await outside.GetAsync(new Uri(target), TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(jump.Status, Is.EqualTo(200));
            Assert.That(jump.Body, Does.Contain($"href=\"{target}\"").And.Contain("http-equiv=\"refresh\""));
            Assert.That((int)landed.StatusCode, Is.EqualTo(502));
        });
    }

    [Test]
    public async Task Get_ExternalSite_HomeAnswersAndUnknownPathIs404()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("省政务服务网", "/zwfw/330100", LinkBehaviour.Ok, Province.Id)));
        using var client = new HttpClient { BaseAddress = host.SiteUri("zj"), Timeout = TimeSpan.FromSeconds(10) };

        var home = await client.GetReplyAsync("/", TestPortals.Ct);
        var link = await client.GetReplyAsync("/zwfw/330100", TestPortals.Ct);
        var missing = await client.GetReplyAsync("/nope", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(home.Body, Does.Contain("浙江政务服务网"));
            Assert.That(link.Status, Is.EqualTo(200));
            Assert.That(missing.Status, Is.EqualTo(404));
        });
    }

    [TestCase(LinkBehaviour.HeadMethodNotAllowed, 405)]
    [TestCase(LinkBehaviour.HeadNotFound, 404)]
    public async Task Head_HeadAnsweredWrongly_HeadFailsWhileGetWorks(LinkBehaviour behaviour, int headStatus)
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("办事指南", "/bszn", behaviour)));
        using var client = Raw.NoRedirects(host.BaseUri(TestPortals.HangzhouCode));

        var head = await Raw.SendAsync(client, HttpMethod.Head, "/bszn", TestPortals.Ct);
        var get = await Raw.SendAsync(client, HttpMethod.Get, "/bszn", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(head.Status, Is.EqualTo(headStatus));
            Assert.That(get.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Get_SlowLink_AnswersAfterItsDelay()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("数据开放", "/sjkf", LinkBehaviour.Slow) { SlowDelayMs = 600 }));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var clock = Stopwatch.StartNew();
        var reply = await client.GetReplyAsync("/sjkf", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(590)));
        });
    }

    [Test]
    public async Task Get_HangingLink_ClientTimesOutWhileOtherPagesAnswer()
    {
        await using var host = await StartAsync(WithLinks(new PortalLink("在线访谈", "/zxft", LinkBehaviour.Hang)));
        using var hung = host.ClientFor(TestPortals.HangzhouCode, TimeSpan.FromMilliseconds(500));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        Assert.That(async () => await hung.GetAsync(new Uri("/zxft", UriKind.Relative), TestPortals.Ct), Throws.InstanceOf<TaskCanceledException>());
        Assert.That((await client.GetReplyAsync("/", TestPortals.Ct)).Status, Is.EqualTo(200));
    }

    [Test]
    public void StartAsync_LinkToUnknownSite_Refused()
    {
        var portal = WithLinks(new PortalLink("部委", "/x", LinkBehaviour.Ok, "nowhere"));

        Assert.That(async () => await StartAsync(portal), Throws.ArgumentException.With.Message.Contains("unknown external site 'nowhere'"));
    }
}
