using System.Diagnostics;
using PortalProbe.Browser.Links;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>Politeness and resilience as the simulator saw them: requests per host, gaps between them, a dead host's breaker.</summary>
[CancelAfter(60_000)]
internal sealed class PolitenessTests : LinksFixture
{
    private const string SlowA = "127.79.0.2";
    private const string SlowB = "127.79.0.3";
    private const string Quick = "127.79.0.4";
    private const string DeadLinks = "127.79.0.5";

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Portal("330200", "宁波市", SlowA, "NB", [.. Enumerable.Range(1, 6).Select(i => new PortalLink($"栏目{i}", $"/slow/{i}", LinkBehaviour.Slow) { SlowDelayMs = 400 })]),
        Portal("330300", "温州市", SlowB, "WZ", [.. Enumerable.Range(1, 6).Select(i => new PortalLink($"栏目{i}", $"/slow/{i}", LinkBehaviour.Slow) { SlowDelayMs = 400 })]),
        Portal("330400", "嘉兴市", Quick, "JX", [.. Enumerable.Range(1, 5).Select(i => new PortalLink($"栏目{i}", $"/quick/{i}", LinkBehaviour.Ok))]),
        Portal("330500", "湖州市", DeadLinks, "HU", [.. Enumerable.Range(1, 8).Select(i => new PortalLink($"旧版{i}", $"/old/{i}", LinkBehaviour.Refused))]),
    ];

    [Test]
    public async Task Check_TwoHostsAtOnce_AtMostTwoRequestsPerHostButBothHostsInParallel()
    {
        await using var traffic = new HostTraffic(FastOptions, TimeProvider.System);
        var links = await LinksAsync(traffic, "330200", "330300");
        var since = Requests.Mark();

        var results = await new LinkChecker(traffic).CheckAsync(Context, links, Ct);

        Assert.Multiple(() =>
        {
            var slow = results.Where(r => r.Url.AbsolutePath.StartsWith("/slow/", StringComparison.Ordinal)).ToList();
            Assert.That(slow, Has.Count.EqualTo(12));
            Assert.That(slow.Select(r => r.Outcome), Has.All.EqualTo(LinkOutcome.Ok));
            Assert.That(Requests.MaxConcurrent(since, SlowA), Is.EqualTo(2), "the per-host limit, and that it is used");
            Assert.That(Requests.MaxConcurrent(since, SlowB), Is.EqualTo(2));
            Assert.That(Requests.MaxConcurrent(since, SlowA, SlowB), Is.GreaterThan(2), "the two hosts are checked in parallel");
        });
    }

    [Test]
    public async Task Check_PoliteDelay_StartsToOneHostAreThatFarApart()
    {
        var gap = TimeSpan.FromMilliseconds(200);
        await using var traffic = new HostTraffic(FastOptions with { PoliteDelay = gap, MaxPerHost = 2 }, TimeProvider.System);
        var links = await LinksAsync(traffic, "330400");
        var since = Requests.Mark();

        await new LinkChecker(traffic).CheckAsync(Context, links, Ct);

        var starts = Requests.Starts(since, Quick);
        Assert.Multiple(() =>
        {
            Assert.That(starts, Has.Count.GreaterThanOrEqualTo(10), "five home-page entrances and five links");

            // Each request reaches the simulator a few dozen milliseconds after it leaves (through Playwright's driver),
            // so single gaps jitter; the span of all the starts cannot be shorter than the gaps added up, less one gap
            // for the first request reaching it late on a loaded machine (100 ms was once 25 ms short). Without the
            // polite delay, two at a time, the span would be a fraction of that.
            Assert.That(starts[^1] - starts[0], Is.GreaterThan(gap * (starts.Count - 2)));
        });
    }

    [Test]
    public async Task Check_DeadHost_BreakerOpensAndItsRemainingLinksAreReportedUnchecked()
    {
        var options = FastOptions with { BreakerMinimumThroughput = 3, TransportRetries = 1, BreakerDuration = TimeSpan.FromSeconds(10) };
        await using var traffic = new HostTraffic(options, TimeProvider.System);
        var links = (await LinksAsync(traffic, "330500")).Where(l => l.Url.Host == RefusedAddress).ToList();
        var clock = Stopwatch.StartNew();

        var results = await new LinkChecker(traffic).CheckAsync(Context, links, Ct);
        var report = new LinkReport(results, [], null);

        Assert.Multiple(() =>
        {
            Assert.That(results, Has.Count.EqualTo(8));
            Assert.That(results.Select(r => r.Outcome), Has.None.EqualTo(LinkOutcome.Ok));
            Assert.That(report.Broken, Has.Count.InRange(1, 3), "the links tried before the breaker opened");
            Assert.That(report.Broken.Select(r => r.Classification), Has.All.EqualTo(LinkClassification.ConnectionFailure));
            Assert.That(report.HostUnavailable, Has.Count.GreaterThanOrEqualTo(5), "once open, the breaker answers for the host");
            Assert.That(report.HostUnavailable.SelectMany(r => r.Attempts).Select(a => a.Requests), Has.All.EqualTo(0), "no request was sent for them");
            Assert.That(report.Checked, Is.EqualTo(8 - report.HostUnavailable.Count), "unchecked links are not counted as checked");
            Assert.That(traffic.IsBreakerOpen(RefusedAddress), Is.True);
            Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
        });
    }

    private async Task<IReadOnlyList<FoundLink>> LinksAsync(HostTraffic traffic, params string[] codes)
    {
        var crawl = await new LinkCrawler(traffic).CrawlAsync(Context, [.. codes.Select(Home)], Ct);
        return crawl.Links;
    }
}
