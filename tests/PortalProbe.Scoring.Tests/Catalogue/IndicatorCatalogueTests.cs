using PortalProbe.Scoring.Catalogue;
using PortalProbe.Scoring.Tests.Support;
using PortalProbe.Scripts;

namespace PortalProbe.Scoring.Tests.Catalogue;

/// <summary>The shipped catalogue and the reader's errors, each with its file and line.</summary>
public sealed class IndicatorCatalogueTests
{
    [Test]
    public void Load_ShippedCatalogue_HasThreeLevelsWhoseSiblingWeightsAddUpTo100()
    {
        var catalogue = Catalogues.Default;

        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Roots.Select(r => r.Name), Is.EqualTo(new[] { "服务响应", "服务规范", "问题解决" }));
            Assert.That(catalogue.Roots.Sum(r => r.Weight), Is.EqualTo(100).Within(0.001));
            foreach (var parent in catalogue.All.Where(i => !i.IsLeaf))
            {
                Assert.That(parent.Children.Sum(c => c.Weight), Is.EqualTo(100).Within(0.001), parent.Id);
            }

            Assert.That(catalogue.All.Max(i => i.Level), Is.EqualTo(3));
            Assert.That(catalogue.Channels, Is.EqualTo(ChannelCombination.Best));
        });
    }

    [Test]
    public void Load_ShippedCatalogue_CoversWhatTheMonitoringScores()
    {
        var catalogue = Catalogues.Default;
        var facts = catalogue.Leaves.Select(l => l.Rule!.Fact?.Name).OfType<string>().ToList();
        var verdicts = catalogue.Leaves.Select(l => l.Rule).OfType<VerdictRule>().Select(r => r.From).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(verdicts, Is.EquivalentTo(new[] { ScenarioKind.Registration, ScenarioKind.Submission }));
            Assert.That(facts, Is.SupersetOf(new[]
            {
                "login.works", "availability.ratio", "links.broken", "links.externalJumpFailures", "progress.lookupWorks",
                "progress.repliedWithin5WorkingDays", "selfservice.searchChannels", "chatbot.present", "chatbot.accuracy",
                "disclosure.reports.published", "disclosure.reports.recent", "disclosure.cases.recent", "enterprise.entrance",
            }));
            Assert.That(catalogue.Find("resolve.effective")!.Rule, Is.InstanceOf<OverrideOnlyRule>(), "an effective reply needs a person");
            Assert.That(catalogue.Find("resolve.appeal.submit")!.Veto, Is.True);
            Assert.That(catalogue.Leaves.Where(l => l.Rule!.LiveOnly).Select(l => l.Rule!.From).Distinct(),
                Is.EquivalentTo(new[] { ScenarioKind.Registration, ScenarioKind.Submission, ScenarioKind.Progress }));
            Assert.That(catalogue.Summary.Select(s => s.Id), Does.Contain("appeal").And.Contain("chatbotAccurate"));
        });
    }

    [Test]
    public void Parse_EveryRuleKind_RoundTripsItsSettings()
    {
        var catalogue = Catalogues.Parse("""
            channels: all
            indicators:
              - id: a
                name: 甲
                weight: 100
                children:
                  - { id: a.v, name: 注册, weight: 20, veto: true, rule: { verdict: registration, live: true } }
                  - { id: a.f, name: 登录, weight: 20, channels: best, rule: { fact: login.works, from: login } }
                  - { id: a.p, name: 准确, weight: 20, rule: { proportion: chatbot.accuracy, from: chatbot } }
                  - { id: a.t, name: 渠道, weight: 10, rule: { threshold: selfservice.searchChannels, from: selfservice, levels: [{ atLeast: 2, score: 100 }, { below: 1, score: 10 }], otherwise: 40 } }
                  - { id: a.d, name: 链接, weight: 20, rule: { deduct: links.broken, from: links, per: 7.5, floor: 20 } }
                  - { id: a.o, name: 有效, weight: 10, rule: { override: true } }
            summary:
              - { id: x, label: 注册, indicator: a.v }
              - { id: y, label: 登录, indicator: a.f, atLeast: 50, of: x }
            """);
        var a = catalogue.Find("a")!;

        Assert.Multiple(() =>
        {
            Assert.That(catalogue.Channels, Is.EqualTo(ChannelCombination.All));
            Assert.That(a.Children.Select(c => c.Level), Has.All.EqualTo(2));
            Assert.That(catalogue.Find("a.v")!.Rule, Is.EqualTo(new VerdictRule(ScenarioKind.Registration, true, catalogue.Find("a.v")!.Rule!.Location)));
            Assert.That(catalogue.Find("a.v")!.Veto, Is.True);
            Assert.That(catalogue.Find("a.f")!.Channels, Is.EqualTo(ChannelCombination.Best));
            Assert.That(catalogue.Find("a.p")!.Channels, Is.EqualTo(ChannelCombination.All));
            Assert.That(catalogue.Find("a.p")!.Rule, Is.TypeOf<ProportionRule>());
            var threshold = (ThresholdRule)catalogue.Find("a.t")!.Rule!;
            Assert.That(threshold.Levels, Is.EqualTo(new[] { new ThresholdLevel(Comparison.AtLeast, 2, 100), new ThresholdLevel(Comparison.Below, 1, 10) }));
            Assert.That(threshold.Otherwise, Is.EqualTo(40));
            var deduct = (DeductionRule)catalogue.Find("a.d")!.Rule!;
            Assert.That((deduct.PerUnit, deduct.Floor, deduct.From), Is.EqualTo((7.5, 20.0, ScenarioKind.Links)));
            Assert.That(catalogue.Find("a.o")!.Rule, Is.TypeOf<OverrideOnlyRule>());
            Assert.That(catalogue.Summary[1], Is.EqualTo(new SummaryFigure("y", "登录", "a.f", 50, "x", catalogue.Summary[1].Location)));
            Assert.That(catalogue.Find("a.f")!.Rule!.Location.Line, Is.EqualTo(8));
        });
    }

    private static IEnumerable<TestCaseData> BadCatalogues()
    {
        TestCaseData Case(string name, string yaml, int line, string message) =>
            new TestCaseData(yaml, line, message).SetName($"Parse_{name}_ReportsFileAndLine");

        yield return Case("WeightsNotAddingUp", """
            indicators:
              - { id: a, name: 甲, weight: 60, rule: { verdict: login } }
              - { id: b, name: 乙, weight: 30, rule: { verdict: links } }
            """, 1, "the weights of the first-level indicators add up to 90, not 100");
        yield return Case("ChildWeightsNotAddingUp", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                children:
                  - { id: a.1, name: 一, weight: 50, rule: { verdict: login } }
                  - { id: a.2, name: 二, weight: 49, rule: { verdict: links } }
            """, 5, "the weights of the indicators under 'a' add up to 99, not 100");
        yield return Case("UnknownFact", """
            indicators:
              - { id: a, name: 甲, weight: 100, rule: { fact: login.okay, from: login } }
            """, 2, "unknown fact 'login.okay'");
        yield return Case("UnknownScenarioKind", """
            indicators:
              - { id: a, name: 甲, weight: 100, rule: { verdict: signup } }
            """, 2, "unknown scenario kind 'signup'");
        yield return Case("FactOfWrongType", """
            indicators:
              - { id: a, name: 甲, weight: 100, rule: { proportion: links.broken, from: links } }
            """, 2, "a 'proportion' rule needs a ratio fact; 'links.broken' is a count");
        yield return Case("TwoRuleKinds", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                rule: { verdict: login, fact: login.works, from: login }
            """, 5, "the rule gives 'verdict', 'fact'; give exactly one");
        yield return Case("ThresholdWithoutLevels", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                rule: { threshold: selfservice.searchChannels, from: selfservice }
            """, 5, "a threshold rule needs 'levels'");
        yield return Case("DeductWithoutPer", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                rule: { deduct: links.broken, from: links }
            """, 5, "a deduct rule needs 'per'");
        yield return Case("LevelScoreOutOfRange", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                rule:
                  threshold: selfservice.searchChannels
                  from: selfservice
                  levels:
                    - { atLeast: 2, score: 120 }
            """, 9, "'score' must be a score from 0 to 100, not 120");
        yield return Case("FactRuleWithoutFrom", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                rule: { fact: login.works }
            """, 5, "a 'fact' rule needs 'from'");
        yield return Case("DuplicateId", """
            indicators:
              - { id: a, name: 甲, weight: 50, rule: { verdict: login } }
              - { id: a, name: 乙, weight: 50, rule: { verdict: links } }
            """, 3, "indicator id 'a' is used twice (first at line 2)");
        yield return Case("VetoOnFirstLevel", """
            indicators:
              - { id: a, name: 甲, weight: 100, veto: true, rule: { verdict: login } }
            """, 2, "a first-level indicator has no parent to veto");
        yield return Case("FourthLevel", """
            indicators:
              - id: a
                name: 甲
                weight: 100
                children:
                  - id: b
                    name: 乙
                    weight: 100
                    children:
                      - id: c
                        name: 丙
                        weight: 100
                        children:
                          - { id: d, name: 丁, weight: 100, rule: { verdict: login } }
            """, 13, "indicator 'c' is at level 3, the lowest");
        yield return Case("NeitherChildrenNorRule", """
            indicators:
              - { id: a, name: 甲, weight: 100 }
            """, 2, "indicator 'a' needs either 'children' or a 'rule', not neither");
        yield return Case("UnknownKey", """
            indicators:
              - { id: a, name: 甲, weight: 100, wieght: 3, rule: { verdict: login } }
            """, 2, "unknown key 'wieght' in an indicator");
        yield return Case("SummaryOfUnknownIndicator", """
            indicators:
              - { id: a, name: 甲, weight: 100, rule: { verdict: login } }
            summary:
              - { id: s, label: 登录, indicator: b }
            """, 4, "the summary names unknown indicator 'b'");
        yield return Case("YamlSyntax", """
            indicators:
              - { id: a, name: 甲, weight: 100, rule: { verdict: login }
            """, 3, "YAML syntax error");
    }

    [TestCaseSource(nameof(BadCatalogues))]
    public void Parse_BadCatalogue_ReportsFileAndLine(string yaml, int line, string message)
    {
        var result = IndicatorCatalogue.Parse(yaml, "checks/indicators.yaml");

        Assert.Multiple(() =>
        {
            Assert.That(result.Catalogue, Is.Null);
            Assert.That(result.Diagnostics.Select(d => d.ToString()), Has.Some.Matches<string>(d => d.StartsWith($"checks/indicators.yaml:{line}:", StringComparison.Ordinal) && d.Contains(message, StringComparison.Ordinal)),
                string.Join(Environment.NewLine, result.Diagnostics));
        });
    }
}
