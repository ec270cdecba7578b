using PortalProbe.Analysis.Calendar;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Browser.Links;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// The data and settings the scenario checks use beyond the script: the question bank and the working-day
/// calendar (each null when the checks folder has none), and the link checker's limits.
/// </summary>
public sealed record ScenarioServices(QuestionBank? Questions, WorkdayCalendar? Calendar, LinkOptions Links)
{
    public static ScenarioServices None { get; } = new(null, null, new LinkOptions());
}
