using PortalProbe.Browser.Links;
using PortalProbe.Facts;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Links;

/// <summary>
/// Every link behaviour of the simulator, crawled from a portal's home page and checked once for the whole fixture
/// (the check of one link is independent of the others; a hanging link costs the same second whichever test asks).
/// </summary>
[CancelAfter(60_000)]
internal sealed class LinkCheckerTests : LinksFixture
{
    private const string Code = "330100";
    private const string Address = "127.79.0.1";
    private const int Seed = 7;

    /// <summary>Intermittent links whose first request fails, and whose first request works, by the simulator's fault schedule.</summary>
    private static readonly string FlakyPath = IntermittentPath(firstFails: true);
    private static readonly string SteadyPath = IntermittentPath(firstFails: false);

    private IReadOnlyList<LinkResult> _results = [];
    private LinkReport? _report;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        Portal(Code, "杭州市", Address, "HZ",
            new PortalLink("通知公告", "/link/ok", LinkBehaviour.Ok),
            new PortalLink("已删除页面", "/link/404", LinkBehaviour.NotFound),
            new PortalLink("系统错误", "/link/500", LinkBehaviour.ServerError),
            new PortalLink("旧版网站", "/link/old", LinkBehaviour.Refused),
            new PortalLink("政策文件", "/link/moved", LinkBehaviour.RedirectChain),
            new PortalLink("专题专栏", "/link/loop", LinkBehaviour.RedirectLoop),
            new PortalLink("社保查询", "/jump/sb", LinkBehaviour.ExternalJumpFails, Province.Id),
            new PortalLink("数据开放", "/link/slow", LinkBehaviour.Slow) { SlowDelayMs = 300 },
            new PortalLink("在线访谈", "/link/hang", LinkBehaviour.Hang),
            new PortalLink("办事指南", "/link/head405", LinkBehaviour.HeadMethodNotAllowed, Province.Id),
            new PortalLink("表格下载", "/link/head404", LinkBehaviour.HeadNotFound, Province.Id),
            new PortalLink("公积金", FlakyPath, LinkBehaviour.Intermittent),
            new PortalLink("医保", SteadyPath, LinkBehaviour.Intermittent),
            new PortalLink("省政务服务网", "/zwfw/330100", LinkBehaviour.Ok, Province.Id)) with
        {
            Faults = new FaultPlan { Seed = Seed },
        },
    ];

    [OneTimeSetUp]
    public async Task CrawlAndCheckOnceAsync()
    {
        await using var context = await Browser.Browser.NewContextAsync();
        await using var traffic = new HostTraffic(FastOptions, TimeProvider.System);
        var crawl = await new LinkCrawler(traffic).CrawlAsync(context, [Home(Code)], CancellationToken.None);
        _results = await new LinkChecker(traffic).CheckAsync(context, crawl.Links, CancellationToken.None);
        _report = new LinkReport(_results, crawl.Pages, Availability: null);
    }

    private static IEnumerable<TestCaseData> Behaviours()
    {
        yield return Case("/link/ok", LinkOutcome.Ok, LinkClassification.Ok, 200, "Ok");
        yield return Case("/link/404", LinkOutcome.Broken, LinkClassification.ClientError, 404, "NotFound");
        yield return Case("/link/500", LinkOutcome.Broken, LinkClassification.ServerError, 500, "ServerError");
        yield return Case("/link/old", LinkOutcome.Broken, LinkClassification.ConnectionFailure, null, "Refused");
        yield return Case("/link/moved", LinkOutcome.Ok, LinkClassification.Ok, 200, "RedirectChain301Then302Then200");
        yield return Case("/link/loop", LinkOutcome.Broken, LinkClassification.RedirectLoop, 302, "RedirectLoop");
        yield return Case("/jump/sb", LinkOutcome.Broken, LinkClassification.ExternalJumpFailure, 502, "JumpPageWhoseTargetFails");
        yield return Case("/link/slow", LinkOutcome.Ok, LinkClassification.Ok, 200, "SlowWithinTheLimit");
        yield return Case("/link/hang", LinkOutcome.Broken, LinkClassification.Timeout, null, "Hang");
        yield return Case("/link/head405", LinkOutcome.Ok, LinkClassification.Ok, 200, "Head405GetWorks");
        yield return Case("/link/head404", LinkOutcome.Ok, LinkClassification.Ok, 200, "Head404GetWorks");
        yield return Case(FlakyPath, LinkOutcome.Flaky, LinkClassification.ServerError, 503, "IntermittentFirstRequestFails");
        yield return Case(SteadyPath, LinkOutcome.Ok, LinkClassification.Ok, 200, "IntermittentFirstRequestWorks");
        yield return Case("/zwfw/330100", LinkOutcome.Ok, LinkClassification.Ok, 200, "ExternalOk");
    }

    private static TestCaseData Case(string path, LinkOutcome outcome, LinkClassification classification, int? status, string name) =>
        new TestCaseData(path, outcome, classification, status).SetName($"Check_{name}_{outcome}{classification}");

    [TestCaseSource(nameof(Behaviours))]
    public void Check_EachLinkBehaviour_ClassifiedAsAUserWouldJudgeIt(string path, LinkOutcome outcome, LinkClassification classification, int? status)
    {
        var link = Link(path);

        Assert.Multiple(() =>
        {
            Assert.That(link.Outcome, Is.EqualTo(outcome), Describe(link));
            Assert.That(link.Classification, Is.EqualTo(classification), Describe(link));
            Assert.That(link.FinalStatus, Is.EqualTo(status), Describe(link));
            Assert.That(link.FoundOn, Is.EqualTo(Home(Code)));
        });
    }

    [Test]
    public void Check_RedirectChain_RecordsEveryHopWithItsStatus()
    {
        var chain = Link("/link/moved").Chain;

        Assert.That(chain.Select(h => $"{h.Method} {h.Url.PathAndQuery} {h.Status}"),
            Is.EqualTo(new[] { "GET /link/moved 301", "GET /link/moved?hop=2 302", "GET /link/moved?hop=3 200" }));
    }

    [Test]
    public void Check_JumpPage_ChainEndsAtTheFailingTargetAndCountsAsExternalJumpFailure()
    {
        var jump = Link("/jump/sb");

        Assert.Multiple(() =>
        {
            Assert.That(jump.Kind, Is.EqualTo(LinkKind.Internal));
            Assert.That(jump.Chain[0].Status, Is.EqualTo(200), "the jump page itself answers");
            Assert.That(jump.Chain[^1].Url.Host, Is.EqualTo(Province.Address));
            Assert.That(jump.Chain[^1].Url.AbsolutePath, Is.EqualTo("/unavailable/jump/sb"));
            Assert.That(_report!.ExternalJumpFailures, Is.EqualTo(1));
        });
    }

    [Test]
    public void Check_HeadAnsweredWrongly_FallsBackToGetAndRecordsBoth()
    {
        var chain = Link("/link/head405").Chain;

        Assert.That(chain.Select(h => $"{h.Method} {h.Status}"), Is.EqualTo(new[] { "HEAD 405", "GET 200" }));
    }

    [Test]
    public void Check_FailedLinks_AreCheckedTwiceAndTheFlakyOneShowsItsFailureRatio()
    {
        var broken = Link("/link/404");
        var flaky = Link(FlakyPath);

        Assert.Multiple(() =>
        {
            Assert.That(broken.Attempts, Has.Count.EqualTo(2));
            Assert.That(broken.Attempts[1].At - broken.Attempts[0].At, Is.GreaterThanOrEqualTo(FastOptions.RecheckDelay));
            Assert.That(flaky.Attempts.Select(a => a.Classification), Is.EqualTo(new[] { LinkClassification.ServerError, LinkClassification.Ok }));
            Assert.That(flaky.FailureRatio, Is.EqualTo(0.5));
            Assert.That(Link("/link/ok").Attempts, Has.Count.EqualTo(1), "a link that worked is not checked again");
        });
    }

    [Test]
    public void Check_RefusedLink_IsRetriedWhileHttpErrorsAreNot()
    {
        var refused = Link("/link/old");

        Assert.Multiple(() =>
        {
            Assert.That(refused.Attempts.Select(a => a.Requests), Is.EqualTo(new[] { 3, 3 }), "1 request + 2 transport retries, in each check");
            Assert.That(Link("/link/500").Attempts.Select(a => a.Requests), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(Requests.Count(Address, "/link/500"), Is.EqualTo(2), "the simulator saw the check and the confirming re-check, no retry");
            Assert.That(Requests.Count(Address, "/link/404"), Is.EqualTo(2));
        });
    }

    [Test]
    public void Facts_CountCheckedBrokenFlakyAndJumpFailures()
    {
        var facts = _report!.Facts().ToDictionary(f => f.Name, f => f.Value);
        var broken = _results.Count(r => r.Outcome == LinkOutcome.Broken);

        Assert.Multiple(() =>
        {
            Assert.That(broken, Is.EqualTo(6), string.Join("\n", _results.Select(Describe)));
            Assert.That(facts[FactRegistry.LinksChecked.Name], Is.EqualTo(_results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(facts[FactRegistry.LinksBroken.Name], Is.EqualTo("6"));
            Assert.That(facts[FactRegistry.LinksFlaky.Name], Is.EqualTo("1"));
            Assert.That(facts[FactRegistry.LinksExternalJumpFailures.Name], Is.EqualTo("1"));
            Assert.That(double.Parse(facts[FactRegistry.LinksBrokenRatio.Name], System.Globalization.CultureInfo.InvariantCulture),
                Is.EqualTo(6.0 / _results.Count).Within(0.0001));
        });
    }

    private LinkResult Link(string path) =>
        _results.SingleOrDefault(r => Uri.UnescapeDataString(r.Url.AbsolutePath) == path)
        ?? throw new AssertionException($"no link {path} was found; found:\n{string.Join("\n", _results.Select(r => r.Url))}");

    private static string Describe(LinkResult link) =>
        $"{link.Url}: {link.Outcome} {link.Classification} {link.FinalStatus} [{string.Join(" | ", link.Attempts.Select(a => $"{a.Classification} {a.FinalStatus} {a.Error}"))}]";

    private static string IntermittentPath(bool firstFails) =>
        Enumerable.Range(1, 100).Select(i => $"/link/flaky{i}").First(p => FaultSchedule.Fails(Seed, Code, p, 1, FaultPlan.DefaultIntermittentPercent) == firstFails);
}
