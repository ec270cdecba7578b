using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>The selfservice check in Chromium: 0 to 4 search channels, with and without an enterprise entrance, in every style.</summary>
internal sealed class SelfServiceCheckTests : BrowserEngineFixture
{
    private const string Zero = "127.78.41.1";
    private const string One = "127.78.41.2";
    private const string Two = "127.78.41.3";
    private const string Three = "127.78.41.4";
    private const string Four = "127.78.41.5";
    private const string Errors = "127.78.41.6";

    private const string SelfService = """
          - name: selfservice
            kind: selfservice
            check: {}
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("450201", "零渠道市", Zero, "LQ") { Search = SearchChannels.None },
        new("450202", "一渠道市", One, "YQ")
        {
            Style = PortalStyle.PcLegacy,
            Search = SearchChannels.Faq,
            EnterpriseEntrance = true,
            Vocabulary = new PortalVocabulary { Faq = "问题解答", Enterprise = "企业诉求直通车", Layout = 1 },
        },
        new("450203", "两渠道市", Two, "LQ")
        {
            Search = SearchChannels.SiteSearch | SearchChannels.HotQuestions,
            Vocabulary = new PortalVocabulary { Search = "全站检索", HotQuestions = "热门咨询", IdPrefix = "gov-" },
        },
        new("450204", "三渠道市", Three, "SQ")
        {
            Style = PortalStyle.WechatH5,
            Chatbot = ChatbotMode.Silent,
            Search = SearchChannels.Faq | SearchChannels.HotQuestions | SearchChannels.Chatbot,
            EnterpriseEntrance = true,
            Vocabulary = new PortalVocabulary { Faq = "知识库", Chatbot = "小助手", Enterprise = "惠企服务" },
        },
        new("450205", "四渠道市", Four, "SI")
        {
            Style = PortalStyle.AppH5,
            Chatbot = ChatbotMode.Accurate,
            Search = SearchChannels.SiteSearch | SearchChannels.Faq | SearchChannels.HotQuestions | SearchChannels.Chatbot,
            Vocabulary = new PortalVocabulary { Search = "搜索", Chatbot = "在线客服机器人", Layout = 1 },
            DataReports = new DisclosureSection(DisclosureFreshness.Recent),
        },
    ];

    [TestCase("450201", Zero, "web", 0, false, Verdict.Fail, "none found")]
    [TestCase("450202", One, "web", 1, true, Verdict.Fail, "FAQ '问题解答'")]
    [TestCase("450203", Two, "web", 2, false, Verdict.Pass, "site search '全站检索'")]
    [TestCase("450204", Three, "wechat", 3, true, Verdict.Pass, "chatbot '小助手'")]
    [TestCase("450205", Four, "app", 4, false, Verdict.Pass, "chatbot '在线客服机器人'")]
    public async Task SelfService_CountsTheChannelsAndTheEnterpriseEntrance(
        string code, string address, string channel, int channels, bool enterprise, Verdict verdict, string mentioned)
    {
        var run = await RunCityAsync(code, CityYaml.For(code, address, SelfService, channel), Request());

        var result = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Verdict, Is.EqualTo(verdict), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, FactRegistry.SearchChannels.Name), Is.EqualTo(channels.ToString(System.Globalization.CultureInfo.InvariantCulture)), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, FactRegistry.EnterpriseEntrance.Name), Is.EqualTo(enterprise ? "true" : "false"), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain(mentioned));
            Assert.That(result.Final.Evidence.Select(e => e.Kind), Is.SupersetOf(new[] { EvidenceKind.Screenshot, EvidenceKind.Json }));
        }
    }

    /// <summary>
    /// A link that answers a passing 502 is opened again and counts; one that keeps answering 503 is tried twice and
    /// does not; a 404 is not tried again. Without the second try, a sweep's re-check that meets one passing 502
    /// would report a working entrance as missing.
    /// </summary>
    [Test]
    public async Task SelfService_LinkWithAPassingServerError_IsOpenedAgainAndCounts()
    {
        await using var portal = await ServerErrorPortal.StartAsync(Errors);
        var request = new RunRequest(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = portal.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var run = await RunCityAsync("450206", CityYaml.For("450206", Errors, SelfService), request);

        var result = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(StoredRun.Fact(result, FactRegistry.EnterpriseEntrance.Name), Is.EqualTo("true"), StoredRun.Describe(result));
            Assert.That(result.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(result));
            Assert.That(result.Attempts, Has.Count.EqualTo(1));
            Assert.That(StoredRun.Fact(result, FactRegistry.SearchChannels.Name), Is.EqualTo("2"), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain("entrance '企业服务' → /qy.html, opened on the second try (first: HTTP 502)"));
            Assert.That(result.Reason, Does.Contain("hot questions '热点问题' → /hot.html, did not open: HTTP 404"));
            Assert.That(portal.Requests("/qy.html"), Is.EqualTo(2));
            Assert.That(portal.Requests("/hot.html"), Is.EqualTo(1), "a 404 is broken, not passing: not asked again");
        }
    }

    [Test]
    public async Task SelfService_LinkThatKeepsAnsweringServerErrors_IsTriedTwiceAndNotCounted()
    {
        await using var portal = await ServerErrorPortal.StartAsync(Errors);
        var request = new RunRequest(new Dictionary<string, string>(StringComparer.Ordinal) { ["port"] = portal.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var yaml = CityYaml.For("450207", Errors, SelfService).Replace("${port}/", "${port}/down/", StringComparison.Ordinal);

        var run = await RunCityAsync("450207", yaml, request);

        var result = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Attempts, Has.Count.EqualTo(2), StoredRun.Describe(result));
            Assert.That(StoredRun.Fact(result, FactRegistry.EnterpriseEntrance.Name), Is.EqualTo("false"), StoredRun.Describe(result));
            Assert.That(result.Reason, Does.Contain("entrance '企业服务' → /down/qy.html, did not open: HTTP 503 (first try: HTTP 503)"));

            // Two tries in each of the scenario's two attempts (it fails with one channel, so it is re-checked).
            Assert.That(portal.Requests("/down/qy.html"), Is.EqualTo(4));
        }
    }

    [Test]
    public async Task SelfService_EnterpriseEntrance_IsNamedInTheReason()
    {
        var run = await RunCityAsync("450202", CityYaml.For("450202", One, SelfService), Request());

        Assert.That(run.Scenarios.Single().Reason, Does.Contain("enterprise-service entrance: entrance '企业诉求直通车'"));
    }
}
