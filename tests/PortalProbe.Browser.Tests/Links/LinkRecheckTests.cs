using PortalProbe.Browser.Links;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>
/// When a failed link is checked again: no sooner than the re-check delay after its first check started, each link on
/// its own clock. A 404 found at once is confirmed while a hanging link is still being waited for, and the hanging
/// link, whose timeout is longer than the delay, is asked again as soon as it timed out. The margins are the delay
/// (1.5 s) and the timeout less the delay (1.5 s), so a loaded machine does not make them flaky.
/// </summary>
[CancelAfter(60_000)]
internal sealed class LinkRecheckTests : LinksFixture
{
    private const string Code = "330200";

    private static readonly LinkOptions Options = FastOptions with
    {
        RequestTimeout = TimeSpan.FromSeconds(3),
        RecheckDelay = TimeSpan.FromSeconds(1.5),
    };

    private IReadOnlyList<LinkResult> _results = [];

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Portal(Code, "宁波市", "127.79.0.30", "NB",
            new PortalLink("已删除页面", "/link/404", LinkBehaviour.NotFound),
            new PortalLink("在线访谈", "/link/hang", LinkBehaviour.Hang)),
    ];

    [OneTimeSetUp]
    public async Task CrawlAndCheckOnceAsync()
    {
        await using var context = await Browser.Browser.NewContextAsync();
        await using var traffic = new HostTraffic(Options, TimeProvider.System);
        var crawl = await new LinkCrawler(traffic).CrawlAsync(context, [Home(Code)], CancellationToken.None);
        _results = await new LinkChecker(traffic).CheckAsync(context, crawl.Links, CancellationToken.None);
    }

    [Test]
    public void Check_LinkThatFailedAtOnce_IsConfirmedWhileASlowerLinkIsStillAwaited()
    {
        var notFound = Link("/link/404").Attempts;
        var hang = Link("/link/hang").Attempts;

        Assert.Multiple(() =>
        {
            Assert.That(notFound, Has.Count.EqualTo(2));
            Assert.That(notFound[1].At - notFound[0].At, Is.GreaterThanOrEqualTo(Options.RecheckDelay));
            Assert.That(notFound[1].At, Is.LessThan(hang[0].At + hang[0].Elapsed),
                "the 404 is checked again before the hanging link's first check has timed out");
        });
    }

    [Test]
    public void Check_LinkThatTimedOut_IsAskedAgainAsSoonAsItTimedOut()
    {
        var hang = Link("/link/hang");
        var (first, second) = (hang.Attempts[0], hang.Attempts[1]);

        Assert.Multiple(() =>
        {
            Assert.That(hang.Outcome, Is.EqualTo(LinkOutcome.Broken));
            Assert.That(hang.Attempts.Select(a => a.Classification), Is.EqualTo(new[] { LinkClassification.Timeout, LinkClassification.Timeout }));
            Assert.That(second.At - first.At, Is.GreaterThanOrEqualTo(Options.RecheckDelay));
            Assert.That(second.At, Is.LessThan(first.At + first.Elapsed + Options.RecheckDelay),
                "the timeout (3 s) already waited longer than the re-check delay (1.5 s): no second wait");
        });
    }

    private LinkResult Link(string path) =>
        _results.SingleOrDefault(r => r.Url.AbsolutePath == path)
        ?? throw new AssertionException($"no link {path} was found; found:\n{string.Join("\n", _results.Select(r => r.Url))}");
}
