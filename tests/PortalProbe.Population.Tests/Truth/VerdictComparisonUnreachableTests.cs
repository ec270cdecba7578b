using PortalProbe.Cities;
using PortalProbe.Population.Truth;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Population.Tests.Truth;

/// <summary>A hanging portal: whatever works behind the hang, a citizen gets nothing, so every function checked must fail.</summary>
public sealed class VerdictComparisonUnreachableTests
{
    private static readonly DateTimeOffset Started = new(2024, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static readonly CityTruth Hanging = new("330100", "杭州市", "浙江省", "新一线", "副省级", "pc")
    {
        Registration = TruthValue.Manual,
        Login = TruthValue.Manual,
        Submission = TruthValue.Works,
        Chatbot = TruthValue.Works,
        SearchChannels = 3,
        EnterpriseEntrance = true,
        Unreachable = true,
    };

    private static ScenarioResult Scenario(string name, ScenarioKind kind, Verdict verdict, string reason) =>
        new(name, kind, ChannelKind.Web, [new AttemptResult(1, verdict, reason, null, Started, TimeSpan.FromSeconds(15), [], [])], []);

    private static CityRunResult Run(params ScenarioResult[] scenarios) =>
        new(1, new CityInfo("330100", "杭州市", "浙江省", "新一线", "副省级"), Started, Started.AddMinutes(5), true, scenarios);

    [Test]
    public void Compare_HangingPortalTimedOut_EveryFunctionMatchesAsFail()
    {
        var comparisons = VerdictComparison.Compare(Hanging, Run(
            Scenario("register", ScenarioKind.Registration, Verdict.Fail, "step 1: navigation timed out after 15000 ms"),
            Scenario("submit", ScenarioKind.Submission, Verdict.Fail, "step 1: navigation timed out after 15000 ms"),
            Scenario("selfservice", ScenarioKind.SelfService, Verdict.Fail, "the start page did not load")));

        Assert.That(comparisons.Select(c => (c.Function, c.Expected)), Is.EquivalentTo(new (string, Verdict?)[]
        {
            ("registration", Verdict.Fail), ("submission", Verdict.Fail), ("searchChannels", Verdict.Fail), ("enterpriseEntrance", Verdict.Fail),
        }));
        Assert.That(comparisons, Has.All.Matches<FunctionComparison>(c => c.Matches && !c.FalseFail && !c.FalsePass));
    }

    [Test]
    public void Compare_HangingPortalPassed_IsAFalsePass()
    {
        var comparison = VerdictComparison.Compare(Hanging, Run(Scenario("chat", ScenarioKind.Chatbot, Verdict.Pass, "all answered"))).Single();

        Assert.That(comparison.FalsePass, Is.True);
    }

    [Test]
    public void Compare_HangingPortalCutOffByTheBudget_IsAnErrorNeitherFalsePassNorFalseFail()
    {
        var comparison = VerdictComparison.Compare(Hanging, Run(Scenario("chat", ScenarioKind.Chatbot, Verdict.Error, "city time budget exceeded"))).Single();

        Assert.That((comparison.Matches, comparison.FalsePass, comparison.FalseFail), Is.EqualTo((false, false, false)));
    }
}
