using PortalProbe.Population.Generation;
using PortalProbe.Population.Truth;
using PortalProbe.Scoring.Summaries;
using PortalProbe.Scoring.Tests.Support;

namespace PortalProbe.Scoring.Tests.Summaries;

/// <summary>
/// The national table of the simulated country (349 cities shaped on the 2024 monitoring), scored from results
/// that match its ground truth, must give back the monitoring's figures (domain.md, NationalFigures).
/// </summary>
public sealed class NationalTableTests
{
    private static readonly IReadOnlyList<CityTruth> Truth =
        PopulationGenerator.Generate(NationalFigures.Cities, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf).Truth;

    private static ScoreReport Report(bool withOverrides) => ScoreReport.Build(
        Catalogues.Default, TruthResults.From(Truth), null,
        withOverrides ? TruthResults.ManualSubmissionDecisions(Truth) : [], Scenarios.At);

    private static NationalFigure Figure(ScoreReport report, string id) => report.National.Single(f => f.Figure.Id == id);

    [Test]
    public void National_GroundTruthWithTheEvaluatorsDecisions_GivesThe2024Figures()
    {
        var report = Report(withOverrides: true);

        Assert.Multiple(() =>
        {
            Assert.That((Figure(report, "appeal").Count, Figure(report, "appeal").Base), Is.EqualTo((NationalFigures.AcceptAppeals, 349)));
            Assert.That((Figure(report, "progress").Count, Figure(report, "progress").Base), Is.EqualTo((NationalFigures.ShowProgress, NationalFigures.AcceptAppeals)));
            Assert.That(Figure(report, "search").Count, Is.EqualTo(NationalFigures.TwoOrMoreSearchChannels));
            Assert.That(Figure(report, "chatbot").Count, Is.EqualTo(NationalFigures.Chatbots));
            Assert.That((Figure(report, "chatbotAccurate").Count, Figure(report, "chatbotAccurate").Base), Is.EqualTo((NationalFigures.AccurateChatbots, NationalFigures.Chatbots)));
            Assert.That(Figure(report, "chatbotAccurate").Percent, Is.EqualTo(40).Within(0.5), "about 40% of the chatbots are accurate");
            Assert.That(Figure(report, "reports").Percent, Is.EqualTo(42.57).Within(0.2));
            Assert.That(Figure(report, "cases").Percent, Is.EqualTo(56.57).Within(0.2));
            Assert.That(Figure(report, "enterprise").Count, Is.EqualTo(NationalFigures.EnterpriseEntrance));
            Assert.That(report.National.Select(f => f.NotMeasured), Has.All.Zero);
        });
    }

    [Test]
    public void National_ReplyWithinFiveWorkingDays_CountsTheAcceptingCitiesWhoseRepliesAreSeenInTime()
    {
        var report = Report(withOverrides: true);
        var expected = Truth.Count(t => t.ReplyWithin5WorkingDays == true && t.ProgressLookup == TruthValue.Works);

        Assert.Multiple(() =>
        {
            Assert.That(Figure(report, "timely").Count, Is.EqualTo(expected));
            Assert.That(Figure(report, "timely").NotMeasured, Is.Zero);
        });
    }

    [Test]
    public void National_WithoutTheEvaluatorsDecisions_CountsAppealsBehindWechatAsNotMeasured()
    {
        var report = Report(withOverrides: false);
        var manual = Truth.Count(t => t.Submission == TruthValue.Manual);
        var appeal = Figure(report, "appeal");

        Assert.Multiple(() =>
        {
            Assert.That(manual, Is.GreaterThan(0));
            Assert.That(appeal.NotMeasured, Is.EqualTo(manual));
            Assert.That(appeal.Count, Is.EqualTo(Truth.Count(t => t.Submission == TruthValue.Works)));
            Assert.That(appeal.Text(report.National), Does.Contain($"{manual} 个未测"));
        });
    }

    [Test]
    public void National_Text_ReadsLikeTheMonitoringReport()
    {
        var report = Report(withOverrides: true);

        Assert.Multiple(() =>
        {
            Assert.That(Figure(report, "appeal").Text(report.National), Is.EqualTo("242 / 349 个城市可在线提交诉求（69.34%）"));
            Assert.That(Figure(report, "chatbotAccurate").Text(report.National), Is.EqualTo("提供智能客服的 145 个城市中，58 个智能客服回答准确（40.00%）"));
        });
    }

    [Test]
    public void Averages_ByTier_FollowTheTierOrderAndCoverEveryCity()
    {
        var report = Report(withOverrides: true);
        var tiers = report.Averages[CityGrouping.Tier];

        Assert.Multiple(() =>
        {
            Assert.That(tiers.Select(t => Cities.CityInfo.Tiers.ToList().IndexOf(t.Group)), Is.Ordered.And.All.GreaterThanOrEqualTo(0));
            Assert.That(tiers.Sum(t => t.Cities), Is.EqualTo(349));
            Assert.That(report.Averages[CityGrouping.Province].Sum(p => p.Cities), Is.EqualTo(349));
            Assert.That(report.NationalMeans["total"].Measured, Is.EqualTo(349));
            Assert.That(report.Ranking[0].Rank, Is.EqualTo(1));
            Assert.That(report.Ranking.Select(r => r.Card.Total.Score), Is.Ordered.Descending);
        });
    }
}
