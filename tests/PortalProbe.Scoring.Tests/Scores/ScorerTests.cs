using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Overrides;
using PortalProbe.Results;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scoring.Scores;
using PortalProbe.Scoring.Tests.Support;
using PortalProbe.Scripts;
using static PortalProbe.Scoring.Tests.Support.Scenarios;

namespace PortalProbe.Scoring.Tests.Scores;

/// <summary>Each rule on its edges, and how parents combine, veto, rescale and take overrides.</summary>
public sealed class ScorerTests
{
    private const string Tree = """
        indicators:
          - id: r
            name: 响应
            weight: 50
            children:
              - { id: r.reg, name: 注册, weight: 25, rule: { verdict: registration, live: true } }
              - { id: r.login, name: 登录, weight: 25, rule: { fact: login.works, from: login } }
              - { id: r.links, name: 链接, weight: 25, rule: { deduct: links.broken, from: links, per: 10, floor: 20 } }
              - { id: r.avail, name: 可用, weight: 25, rule: { threshold: availability.ratio, from: links, levels: [{ above: 0.95, score: 100 }], otherwise: 0 } }
          - id: s
            name: 解决
            weight: 50
            children:
              - { id: s.submit, name: 提交, weight: 40, veto: true, rule: { verdict: submission, live: true } }
              - { id: s.search, name: 查询, weight: 20, rule: { threshold: selfservice.searchChannels, from: selfservice, levels: [{ atLeast: 2, score: 100 }, { atLeast: 1, score: 50 }] } }
              - { id: s.bot, name: 客服, weight: 20, rule: { proportion: chatbot.accuracy, from: chatbot } }
              - { id: s.effective, name: 有效, weight: 20, rule: { override: true } }
        """;

    private static readonly Scorer Scorer = new(Catalogues.Parse(Tree));

    private static IndicatorScore ScoreOf(string id, params SourcedScenario[] scenarios) =>
        Scorer.Score(City(scenarios), []).Find(id)!;

    [TestCase(Verdict.Pass, true, 100.0)]
    [TestCase(Verdict.Fail, true, 0.0)]
    [TestCase(Verdict.Fail, false, 0.0)]
    public void Verdict_LiveOnlyKind_ScoresWhatWasShown(Verdict verdict, bool live, double expected)
    {
        var score = ScoreOf("r.reg", Of(ScenarioKind.Registration, verdict, live));

        Assert.That((score.Score, score.Status), Is.EqualTo(((double?)expected, ScoreStatus.Measured)));
    }

    [Test]
    public void Verdict_DryRunPassOfLiveOnlyKind_IsNotMeasuredNeverWorking()
    {
        var score = ScoreOf("r.reg", Of(ScenarioKind.Registration, Verdict.Pass, live: false));

        Assert.Multiple(() =>
        {
            Assert.That(score.Score, Is.Null);
            Assert.That(score.Status, Is.EqualTo(ScoreStatus.NotMeasured));
            Assert.That(score.Reason, Does.Contain("dry run"));
            Assert.That(score.MissingLeaves, Is.EqualTo(new[] { "r.reg" }));
        });
    }

    [TestCase(Verdict.Manual)]
    [TestCase(Verdict.Error)]
    [TestCase(Verdict.Skipped)]
    public void AnyRule_ManualErrorOrSkipped_IsNotMeasuredEvenWithAFact(Verdict verdict)
    {
        var login = ScoreOf("r.login", Of(ScenarioKind.Login, verdict, facts: Fact(FactRegistry.LoginWorks, false)));
        var reg = ScoreOf("r.reg", Of(ScenarioKind.Registration, verdict, live: true));

        Assert.Multiple(() =>
        {
            Assert.That(login.Score, Is.Null, "a manual or error verdict never becomes 0");
            Assert.That(reg.Score, Is.Null, "nor 100");
            Assert.That(login.Status, Is.EqualTo(ScoreStatus.NotMeasured));
        });
    }

    [TestCase(true, 100.0)]
    [TestCase(false, 0.0)]
    public void BooleanFact_Value_Scores100Or0(bool works, double expected)
    {
        Assert.That(ScoreOf("r.login", Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, works))).Score, Is.EqualTo(expected));
    }

    [Test]
    public void FactRule_ScenarioFailedBeforeMeasuring_Scores0AsACitizenSeesIt()
    {
        var score = ScoreOf("r.login", Of(ScenarioKind.Login, Verdict.Fail));

        Assert.Multiple(() =>
        {
            Assert.That(score.Score, Is.Zero);
            Assert.That(score.Reason, Does.Contain("failed before measuring login.works"));
        });
    }

    [Test]
    public void FactRule_PassWithoutTheFact_IsNotMeasured()
    {
        Assert.That(ScoreOf("r.login", Of(ScenarioKind.Login, Verdict.Pass)).Score, Is.Null);
    }

    [TestCase(0, 100.0)]
    [TestCase(3, 70.0)]
    [TestCase(8, 20.0)]
    [TestCase(50, 20.0)]
    public void Deduction_BrokenLinks_TakesPointsOffDownToTheFloor(int broken, double expected)
    {
        var score = ScoreOf("r.links", Of(ScenarioKind.Links, broken == 0 ? Verdict.Pass : Verdict.Fail, facts: Fact(FactRegistry.LinksBroken, broken)));

        Assert.That(score.Score, Is.EqualTo(expected));
    }

    [TestCase(1.0, 100.0)]
    [TestCase(0.96, 100.0)]
    [TestCase(0.95, 0.0)]
    [TestCase(0.5, 0.0)]
    public void Threshold_Availability_FollowsTheFivePercentRule(double ratio, double expected)
    {
        Assert.That(ScoreOf("r.avail", Of(ScenarioKind.Links, Verdict.Pass, facts: Ratio(FactRegistry.AvailabilityRatio, ratio))).Score, Is.EqualTo(expected));
    }

    [TestCase(0, 0.0)]
    [TestCase(1, 50.0)]
    [TestCase(2, 100.0)]
    [TestCase(4, 100.0)]
    public void Threshold_SearchChannels_TwoOrMoreScore100(int channels, double expected)
    {
        Assert.That(ScoreOf("s.search", Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, channels))).Score, Is.EqualTo(expected));
    }

    [TestCase(0.0, 0.0)]
    [TestCase(0.4, 40.0)]
    [TestCase(1.0, 100.0)]
    public void Proportion_ChatbotAccuracy_IsTimes100(double accuracy, double expected)
    {
        Assert.That(ScoreOf("s.bot", Of(ScenarioKind.Chatbot, Verdict.Pass, facts: Ratio(FactRegistry.ChatbotAccuracy, accuracy))).Score, Is.EqualTo(expected).Within(1e-9));
    }

    [Test]
    public void Veto_SubmissionFails_ZeroesItsParentWhateverTheOthersScore()
    {
        var card = Scorer.Score(City(
            Of(ScenarioKind.Submission, Verdict.Fail, live: true),
            Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 4)),
            Of(ScenarioKind.Chatbot, Verdict.Pass, facts: Ratio(FactRegistry.ChatbotAccuracy, 1.0))), []);

        Assert.Multiple(() =>
        {
            Assert.That(card.Find("s")!.Score, Is.Zero);
            Assert.That(card.Find("s")!.Status, Is.EqualTo(ScoreStatus.Vetoed));
            Assert.That(card.Find("s")!.Reason, Does.Contain("提交 (s.submit)"));
            Assert.That(card.Find("s.search")!.Score, Is.EqualTo(100), "the children keep their own scores");
        });
    }

    [Test]
    public void Veto_SubmissionNotMeasured_DoesNotVeto()
    {
        var card = Scorer.Score(City(
            Of(ScenarioKind.Submission, Verdict.Manual, live: true),
            Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 1))), []);

        Assert.Multiple(() =>
        {
            Assert.That(card.Find("s")!.Status, Is.EqualTo(ScoreStatus.Measured));
            Assert.That(card.Find("s")!.Score, Is.EqualTo(50));
        });
    }

    [Test]
    public void Parent_SomeLeavesNotMeasured_RescalesOverMeasuredAndIsIncomplete()
    {
        var card = Scorer.Score(City(
            Of(ScenarioKind.Submission, Verdict.Pass, live: true),
            Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 1))), []);
        var parent = card.Find("s")!;

        Assert.Multiple(() =>
        {
            // (40 x 100 + 20 x 50) / 60: the chatbot and the effective reply are missing.
            Assert.That(parent.Score, Is.EqualTo(5000.0 / 60).Within(1e-9));
            Assert.That(parent.Incomplete, Is.True);
            Assert.That(parent.MissingLeaves, Is.EqualTo(new[] { "s.bot", "s.effective" }));
            Assert.That(card.Total.Incomplete, Is.True);
            Assert.That(card.NotMeasuredLeaves.Select(l => l.Id), Is.SupersetOf(new[] { "s.bot", "s.effective", "r.reg" }));
        });
    }

    [Test]
    public void Parent_NoLeafMeasured_IsNotMeasuredAndTotalUsesTheOtherBranch()
    {
        var card = Scorer.Score(City(Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 2))), []);

        Assert.Multiple(() =>
        {
            Assert.That(card.Find("r")!.Score, Is.Null);
            Assert.That(card.Find("r")!.Status, Is.EqualTo(ScoreStatus.NotMeasured));
            Assert.That(card.Total.Score, Is.EqualTo(100), "only 's' is measured, and only its search leaf");
            Assert.That(card.Total.Incomplete, Is.True);
        });
    }

    [Test]
    public void Override_OnOverrideOnlyLeaf_ScoresItAndCountsInTheParent()
    {
        var card = Scorer.Score(
            City(Of(ScenarioKind.Submission, Verdict.Pass, live: true)),
            [Override("s.effective", 60)]);
        var leaf = card.Find("s.effective")!;

        Assert.Multiple(() =>
        {
            Assert.That((leaf.Score, leaf.Status, leaf.Computed), Is.EqualTo(((double?)60, ScoreStatus.Overridden, (double?)null)));
            Assert.That(leaf.Reason, Does.Contain("评测员").And.Contain("人工核实"));
            Assert.That(leaf.MissingLeaves, Is.Empty);
            Assert.That(card.Find("s")!.Score, Is.EqualTo((40 * 100 + 20 * 60) / 60.0).Within(1e-9));
        });
    }

    [Test]
    public void Override_OnMeasuredLeaf_KeepsTheComputedValueBesideIt()
    {
        var card = Scorer.Score(City(Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, false))), [Override("r.login", 100)]);

        Assert.That((card.Find("r.login")!.Score, card.Find("r.login")!.Computed), Is.EqualTo(((double?)100, (double?)0)));
    }

    [Test]
    public void Override_OnInnerIndicator_ReplacesItsComputedValueAndBeatsAVeto()
    {
        var card = Scorer.Score(City(Of(ScenarioKind.Submission, Verdict.Fail, live: true)), [Override("s", 35)]);

        Assert.That((card.Find("s")!.Score, card.Find("s")!.Status), Is.EqualTo(((double?)35, ScoreStatus.Overridden)));
    }

    [Test]
    public void Override_OfAnotherCityOrRemoved_IsIgnored()
    {
        var other = Override("r.login", 100) with { CityCode = "110000" };
        var removedLater = Override("r.login", null) with { Id = 2, At = At.AddHours(1) };
        var inForce = IndicatorOverride.InForce([Override("r.login", 100), removedLater, other]);

        var card = Scorer.Score(City(Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, false))), inForce);

        Assert.Multiple(() =>
        {
            Assert.That(inForce, Is.EqualTo(new[] { other }));
            Assert.That(card.Find("r.login")!.Score, Is.Zero);
        });
    }

    [Test]
    public void Channels_Best_TakesTheBestMeasuredChannel()
    {
        var score = ScoreOf("r.login",
            Of(ScenarioKind.Login, Verdict.Fail, channel: ChannelKind.Web, facts: Fact(FactRegistry.LoginWorks, false)),
            Of(ScenarioKind.Login, Verdict.Pass, channel: ChannelKind.Wechat, facts: Fact(FactRegistry.LoginWorks, true)));

        Assert.That((score.Score, score.Channel, score.Incomplete), Is.EqualTo(((double?)100, (ChannelKind?)ChannelKind.Wechat, false)));
    }

    [Test]
    public void Channels_BestWithAnUnmeasuredChannel_IsIncompleteUnlessItAlreadyScores100()
    {
        var failing = ScoreOf("r.login",
            Of(ScenarioKind.Login, Verdict.Fail, channel: ChannelKind.Web, facts: Fact(FactRegistry.LoginWorks, false)),
            Of(ScenarioKind.Login, Verdict.Manual, channel: ChannelKind.Wechat));
        var working = ScoreOf("r.login",
            Of(ScenarioKind.Login, Verdict.Pass, channel: ChannelKind.Web, facts: Fact(FactRegistry.LoginWorks, true)),
            Of(ScenarioKind.Login, Verdict.Manual, channel: ChannelKind.Wechat));

        Assert.Multiple(() =>
        {
            Assert.That((failing.Score, failing.Incomplete), Is.EqualTo(((double?)0, true)));
            Assert.That(failing.Reason, Does.Contain("needs a person"));
            Assert.That((working.Score, working.Incomplete), Is.EqualTo(((double?)100, false)));
        });
    }

    [Test]
    public void Channels_All_TakesTheWorstChannel()
    {
        var scorer = new Scorer(Catalogues.Parse("""
            channels: all
            indicators:
              - { id: l, name: 登录, weight: 100, rule: { fact: login.works, from: login } }
            """));

        var card = scorer.Score(City(
            Of(ScenarioKind.Login, Verdict.Pass, channel: ChannelKind.Web, facts: Fact(FactRegistry.LoginWorks, true)),
            Of(ScenarioKind.Login, Verdict.Fail, channel: ChannelKind.App, facts: Fact(FactRegistry.LoginWorks, false))), []);

        Assert.That((card.Find("l")!.Score, card.Find("l")!.Channel), Is.EqualTo(((double?)0, (ChannelKind?)ChannelKind.App)));
    }

    [Test]
    public void FactRule_OnlyTheScenariosThatReportTheFactCount()
    {
        var catalogue = Catalogues.Default;
        var card = new Scorer(catalogue).Score(City(
            Of(ScenarioKind.Disclosure, Verdict.Pass, name: "reports", facts: [Fact(FactRegistry.ReportsPublished, true), Fact(FactRegistry.ReportsRecent, true)]),
            Of(ScenarioKind.Disclosure, Verdict.Fail, name: "cases", facts: Fact(FactRegistry.CasesPublished, false))), []);

        Assert.Multiple(() =>
        {
            Assert.That(card.Find("standard.disclosure.reports")!.Score, Is.EqualTo(100), "the failed cases scenario does not speak of reports");
            Assert.That(card.Find("standard.disclosure.cases")!.Score, Is.Zero);
        });
    }

    [Test]
    public void DefaultCatalogue_PortalDown_EveryCheckedFunctionScores0AndTheEffectiveReplyWaitsForAPerson()
    {
        var down = Enum.GetValues<ScenarioKind>().Where(k => k != ScenarioKind.Custom)
            .Select(k => Of(k, Verdict.Fail, live: true)).ToArray();

        var card = new Scorer(Catalogues.Default).Score(City(down), []);

        Assert.Multiple(() =>
        {
            Assert.That(card.Indicators.Where(i => i.IsLeaf && i.Id != "resolve.effective").Select(i => (i.Id, i.Score)),
                Has.All.Matches<(string Id, double? Score)>(s => s.Score == 0));
            Assert.That(card.Find("resolve.effective")!.Score, Is.Null);
            Assert.That(card.Total.Score, Is.Zero);
            Assert.That(card.Find("resolve")!.Status, Is.EqualTo(ScoreStatus.Measured), "the veto zeroes resolve.appeal, not resolve");
            Assert.That(card.Find("resolve.appeal")!.Status, Is.EqualTo(ScoreStatus.Vetoed));
        });
    }

    [Test]
    public void Leaf_EvidenceAndFacts_ComeFromTheDecidingScenario()
    {
        var shot = new EvidenceRef(EvidenceKind.Screenshot, new string('a', 64), 10, "evidence/aa/" + new string('a', 64) + ".png", "http://127.0.0.1/", At);
        var score = ScoreOf("r.login", Of(ScenarioKind.Login, Verdict.Pass, runId: 42, evidence: [shot], facts: Fact(FactRegistry.LoginWorks, true)));

        Assert.Multiple(() =>
        {
            Assert.That(score.Evidence, Is.EqualTo(new[] { shot }));
            Assert.That(score.Facts.Select(f => f.Name), Does.Contain("login.works"));
            Assert.That(score.Scenarios.Single().RunId, Is.EqualTo(42));
        });
    }

    private static IndicatorOverride Override(string indicator, double? value) =>
        new(1, Hangzhou.Code, indicator, value, "人工核实回复内容", "评测员", At, null);
}
