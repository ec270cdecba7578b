using PortalProbe.Cities;
using PortalProbe.Facts;
using PortalProbe.Overrides;
using PortalProbe.Population.Truth;
using PortalProbe.Results;
using PortalProbe.Scoring.Inputs;
using PortalProbe.Scripts;
using static PortalProbe.Scoring.Tests.Support.Scenarios;

namespace PortalProbe.Scoring.Tests.Support;

/// <summary>
/// City results as a live campaign's checks would record them if every check found exactly what the ground truth
/// says, and the overrides an evaluator would record for the functions only a person can reach.
/// </summary>
internal static class TruthResults
{
    public static ResultSet From(IReadOnlyList<CityTruth> truth) =>
        new("ground truth", [.. truth.Select(City)]);

    /// <summary>For each appeal behind WeChat authorisation: 100 when the portal accepts appeals, else 0.</summary>
    public static IReadOnlyList<IndicatorOverride> ManualSubmissionDecisions(IReadOnlyList<CityTruth> truth) =>
        [.. truth.Where(t => t.Submission == TruthValue.Manual).Select((t, i) => new IndicatorOverride(
            i + 1, t.Code, "resolve.appeal.submit", t.ReplyWithin5WorkingDays is null ? 0 : 100,
            "在微信客户端中人工提交诉求", "evaluator", At, null))];

    private static CityResultSet City(CityTruth t)
    {
        var city = new CityInfo(t.Code, t.Name, t.Province, t.Tier, t.Level);
        var scenarios = new List<SourcedScenario>();
        if (t.Registration != TruthValue.Absent)
        {
            scenarios.Add(Of(ScenarioKind.Registration, VerdictOf(t.Registration), live: true));
            scenarios.Add(t.Login == TruthValue.Manual
                ? Of(ScenarioKind.Login, Verdict.Manual)
                : Of(ScenarioKind.Login, VerdictOf(t.Login), facts: Fact(FactRegistry.LoginWorks, t.Login == TruthValue.Works)));
        }

        // A city that takes no appeal online has no form to reach: its submission scenario fails.
        scenarios.Add(Of(ScenarioKind.Submission, t.Submission == TruthValue.Absent ? Verdict.Fail : VerdictOf(t.Submission), live: true));
        scenarios.Add(t.ProgressLookup == TruthValue.Works
            ? Of(ScenarioKind.Progress, Verdict.Pass, live: true, facts: [
                Fact(FactRegistry.ProgressLookupWorks, true),
                .. t.ReplyWithin5WorkingDays is { } within ? [Fact(FactRegistry.ProgressRepliedWithin5, within)] : Array.Empty<FactValue>()])
            : Of(ScenarioKind.Progress, Verdict.Fail, live: true));
        scenarios.Add(t.ChatbotAccuracy is { } accuracy
            ? Of(ScenarioKind.Chatbot, t.Chatbot == TruthValue.Works ? Verdict.Pass : Verdict.Fail,
                facts: [Fact(FactRegistry.ChatbotPresent, true), Ratio(FactRegistry.ChatbotAccuracy, accuracy)])
            : Of(ScenarioKind.Chatbot, Verdict.Fail, facts: Fact(FactRegistry.ChatbotPresent, false)));
        scenarios.Add(Of(ScenarioKind.SelfService, t.SearchChannels >= 2 ? Verdict.Pass : Verdict.Fail,
            facts: [Fact(FactRegistry.SearchChannels, t.SearchChannels), Fact(FactRegistry.EnterpriseEntrance, t.EnterpriseEntrance)]));
        scenarios.Add(Of(ScenarioKind.Disclosure, t.DataReports ? Verdict.Pass : Verdict.Fail, name: "reports",
            facts: [Fact(FactRegistry.ReportsPublished, t.DataReports), Fact(FactRegistry.ReportsRecent, t.DataReports)]));
        scenarios.Add(Of(ScenarioKind.Disclosure, t.HotCases ? Verdict.Pass : Verdict.Fail, name: "cases",
            facts: [Fact(FactRegistry.CasesPublished, t.HotCases), Fact(FactRegistry.CasesRecent, t.HotCases)]));
        scenarios.Add(Of(ScenarioKind.Links, t.BrokenLinks.Count == 0 ? Verdict.Pass : Verdict.Fail,
            facts: [Fact(FactRegistry.LinksBroken, t.BrokenLinks.Count), Ratio(FactRegistry.AvailabilityRatio, 1.0)]));
        return new CityResultSet(city, scenarios);
    }

    private static Verdict VerdictOf(TruthValue value) => value switch
    {
        TruthValue.Works => Verdict.Pass,
        TruthValue.Manual => Verdict.Manual,
        _ => Verdict.Fail,
    };
}
