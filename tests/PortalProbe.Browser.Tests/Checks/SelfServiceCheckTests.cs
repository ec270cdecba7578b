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

    [Test]
    public async Task SelfService_EnterpriseEntrance_IsNamedInTheReason()
    {
        var run = await RunCityAsync("450202", CityYaml.For("450202", One, SelfService), Request());

        Assert.That(run.Scenarios.Single().Reason, Does.Contain("enterprise-service entrance: entrance '企业诉求直通车'"));
    }
}
