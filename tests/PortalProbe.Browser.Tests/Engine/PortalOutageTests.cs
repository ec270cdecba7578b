using PortalProbe.Browser.Tests.Support;
using PortalProbe.Results;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Browser.Tests.Engine;

/// <summary>
/// A portal that is down is not loaded over and over: after two attempts that got no page within the navigation
/// timeout, the entry page is asked once, and when it does not answer either the channel's remaining scenarios of the
/// pass fail with that finding. A portal with one hanging page but a working entry page is loaded for every scenario.
/// </summary>
internal sealed class PortalOutageTests : BrowserEngineFixture
{
    private const string Hanging = "127.78.2.1";
    private const string OnePageHangs = "127.78.2.2";

    private const string ThreeScenarios = """
          - name: home
            kind: custom
            steps:
              - use: sim/home
          - name: faq
            kind: custom
            steps:
              - goto: ${entry}faq
          - name: home-again
            kind: custom
            steps:
              - use: sim/home
        """;

    private const string HangingPageTwiceThenHome = """
          - name: talk
            kind: custom
            steps:
              - goto: ${entry}link/hang
          - name: talk-again
            kind: custom
            steps:
              - goto: ${entry}link/hang
          - name: home
            kind: custom
            steps:
              - use: sim/home
        """;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330111", "测试戊市", Hanging, "WU") { Broken = PortalFaults.Hang },
        new("330112", "测试己市", OnePageHangs, "JI") { Links = [new PortalLink("在线访谈", "/link/hang", LinkBehaviour.Hang)] },
    ];

    [Test]
    public async Task RunAsync_PortalDown_ItsLaterScenariosAreNotLoadedAndFailWithTheFinding()
    {
        var run = await RunCityAsync("330111", CityYaml.For("330111", Hanging, ThreeScenarios), Request());

        var byName = run.Scenarios.ToDictionary(s => s.Scenario);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byName["home"].Attempts.Select(a => a.Verdict), Is.EqualTo(new[] { Verdict.Fail, Verdict.Fail }), "the first scenario is loaded and re-checked");
            Assert.That(byName["home"].Reason, Does.Contain("timed out after 3s"));
            foreach (var name in new[] { "faq", "home-again" })
            {
                var scenario = byName[name];
                Assert.That(scenario.Verdict, Is.EqualTo(Verdict.Fail), name);
                Assert.That(scenario.Attempts, Has.Count.EqualTo(1), name + ": not loaded, so not re-checked in this pass either");
                Assert.That(scenario.Reason, Does.StartWith("not loaded: the portal is down")
                    .And.Contain($"its entry page http://{Hanging}:").And.Contain("gave no answer within 3s"), name);
                Assert.That(scenario.Final.Steps.Select(s => s.Outcome), Is.All.EqualTo(StepOutcome.NotRun), name);
            }
        }
    }

    [Test]
    public async Task RunAsync_OnePageHangsButTheEntryAnswers_EveryScenarioIsLoaded()
    {
        var run = await RunCityAsync("330112", CityYaml.For("330112", OnePageHangs, HangingPageTwiceThenHome), Request());

        var byName = run.Scenarios.ToDictionary(s => s.Scenario);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(byName["talk"].Reason, Does.Contain("timed out after 3s"));
            Assert.That(byName["talk-again"].Reason, Does.Contain("timed out after 3s"), "loaded: the entry page answered after the first hanging scenario");
            Assert.That(byName["talk-again"].Attempts, Has.Count.EqualTo(2));
            Assert.That(byName["home"].Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(byName["home"]));
        }
    }
}
