using PortalProbe.Browser.Links;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>Where links are found: GBK pages as served, script-built links as rendered, and how far the crawl goes.</summary>
[CancelAfter(60_000)]
internal sealed class LinkCrawlerTests : LinksFixture
{
    private const string Notice = "/xxgk/通知公告.html";

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Portal("440100", "广州市", "127.79.0.10", "GZ", new PortalLink("通知公告", Notice, LinkBehaviour.Ok), new PortalLink("省网", "/gd/1", LinkBehaviour.Ok, Province.Id))
            with { Style = PortalStyle.PcLegacy },
        Portal("440300", "深圳市", "127.79.0.11", "SZ", new PortalLink("办事指南", "/bszn/1", LinkBehaviour.Ok)) with { Style = PortalStyle.AppH5 },
        Portal("440400", "珠海市", "127.79.0.12", "ZH", new PortalLink("政策文件", "/zcwj/1", LinkBehaviour.Ok)),
    ];

    [Test]
    public async Task Crawl_GbkLegacyPage_FindsItsChineseLinkInTheServedHtmlAndTheLinkWorks()
    {
        await using var traffic = new HostTraffic(FastOptions, TimeProvider.System);

        var crawl = await new LinkCrawler(traffic).CrawlAsync(Context, [Home("440100")], Ct);
        var notice = crawl.Links.SingleOrDefault(l => Uri.UnescapeDataString(l.Url.AbsolutePath) == Notice);
        var results = await new LinkChecker(traffic).CheckAsync(Context, [notice!], Ct);

        Assert.Multiple(() =>
        {
            Assert.That(notice, Is.Not.Null, string.Join("\n", crawl.Links.Select(l => l.Url)));
            Assert.That(notice!.Sources, Is.EqualTo(LinkSources.Served | LinkSources.Rendered), "a wrong decoding would garble the served href");
            Assert.That(notice.Kind, Is.EqualTo(LinkKind.Internal));
            Assert.That(results[0].Outcome, Is.EqualTo(LinkOutcome.Ok), "the decoded address is the one the portal serves");
            Assert.That(crawl.Links.Single(l => l.Url.AbsolutePath == "/gd/1").Kind, Is.EqualTo(LinkKind.External));
        });
    }

    [Test]
    public async Task Crawl_SinglePageApp_FindsLinksThatOnlyItsScriptBuilds()
    {
        await using var traffic = new HostTraffic(FastOptions, TimeProvider.System);

        var crawl = await new LinkCrawler(traffic).CrawlAsync(Context, [Home("440300")], Ct);
        var guide = crawl.Links.SingleOrDefault(l => l.Url.AbsolutePath == "/bszn/1");

        Assert.Multiple(() =>
        {
            Assert.That(guide, Is.Not.Null, string.Join("\n", crawl.Links.Select(l => $"{l.Url} {l.Sources}")));
            Assert.That(guide!.Sources, Is.EqualTo(LinkSources.Rendered), "the served shell has no such <a>");
        });
    }

    [Test]
    public async Task Crawl_DepthOne_ReadsTheLinkedPagesWithinThePortalAndNoMore()
    {
        await using var traffic = new HostTraffic(FastOptions with { MaxDepth = 1 }, TimeProvider.System);

        var crawl = await new LinkCrawler(traffic).CrawlAsync(Context, [Home("440400")], Ct);

        Assert.Multiple(() =>
        {
            Assert.That(crawl.Pages[0].Url, Is.EqualTo(Home("440400")));
            Assert.That(crawl.Pages, Has.Count.GreaterThan(1));
            Assert.That(crawl.Pages.Skip(1).Select(p => p.Depth), Has.All.EqualTo(1));
            Assert.That(crawl.Pages.Select(p => p.Url.Host), Has.All.EqualTo("127.79.0.12"), "external pages are checked, never crawled");
            Assert.That(crawl.Pages.Select(p => p.Url.AbsolutePath), Does.Contain("/zcwj/1"));
            Assert.That(crawl.Pages.Single(p => p.Url.AbsolutePath == "/faq").ServedLinks, Is.GreaterThan(0), "the linked pages' own links were read");
        });
    }

    [Test]
    public async Task Crawl_PageBudget_StopsAtTheBudget()
    {
        await using var traffic = new HostTraffic(FastOptions with { MaxDepth = 3, MaxPages = 2 }, TimeProvider.System);

        var crawl = await new LinkCrawler(traffic).CrawlAsync(Context, [Home("440400")], Ct);

        Assert.That(crawl.Pages, Has.Count.EqualTo(2));
    }
}
