using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scoring.Scores;
using PortalProbe.Scoring.Summaries;
using PortalProbe.Scoring.Tests.Support;
using PortalProbe.Scripts;
using static PortalProbe.Scoring.Tests.Support.Scenarios;

namespace PortalProbe.Scoring.Tests.Summaries;

/// <summary>Comparing two result sets: what changed for each city and indicator, regressions first.</summary>
public sealed class ScoreChangeTests
{
    private static readonly Scorer Scorer = new(Catalogues.Default);

    [Test]
    public void Compare_MixedChanges_ListsRegressionsFirstLargestDropFirst()
    {
        var before = Scorer.Score(City(
            Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, true)),
            Of(ScenarioKind.Links, Verdict.Fail, facts: Fact(FactRegistry.LinksBroken, 4)),
            Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 3)),
            Of(ScenarioKind.Chatbot, Verdict.Pass, facts: [Fact(FactRegistry.ChatbotPresent, true), Ratio(FactRegistry.ChatbotAccuracy, 0.5)])), []);
        var after = Scorer.Score(City(
            Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, false)),
            Of(ScenarioKind.Links, Verdict.Fail, facts: Fact(FactRegistry.LinksBroken, 1)),
            Of(ScenarioKind.SelfService, Verdict.Pass, facts: Fact(FactRegistry.SearchChannels, 1)),
            Of(ScenarioKind.Chatbot, Verdict.Manual)), []);

        var changes = ScoreChange.Compare([before], [after]);
        var leaves = changes.Where(c => c.Level == 3 || c.IndicatorId is "standard.selfservice").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(leaves.Select(c => (c.IndicatorId, c.Kind)), Is.EqualTo(new[]
            {
                ("response.access.login", ChangeKind.Regressed),
                ("standard.selfservice", ChangeKind.Regressed),
                ("standard.chatbot.present", ChangeKind.NoLongerMeasured),
                ("standard.chatbot.accuracy", ChangeKind.NoLongerMeasured),
                ("response.links.broken", ChangeKind.Improved),
            }));
            Assert.That(changes.TakeWhile(c => c.Kind == ChangeKind.Regressed).Select(c => c.Delta), Is.Ordered.Ascending, "largest drop first");
            Assert.That(changes.SkipWhile(c => c.Kind == ChangeKind.Regressed).Select(c => c.Kind), Has.None.EqualTo(ChangeKind.Regressed));
            Assert.That(changes.Single(c => c.IndicatorId == "response.links.broken").Delta, Is.EqualTo(30));
        });
    }

    [Test]
    public void Compare_SameResults_ListsNothing()
    {
        var card = Scorer.Score(City(Of(ScenarioKind.Login, Verdict.Pass, facts: Fact(FactRegistry.LoginWorks, true))), []);

        Assert.That(ScoreChange.Compare([card], [card]), Is.Empty);
    }
}
