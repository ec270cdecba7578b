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

    /// <summary>
    /// The one <see cref="HostTraffic"/> of the process, shared by the links checks of every city running in
    /// parallel so that per-host politeness holds across them; its options are then the ones that count, not
    /// <see cref="Links"/>. Its owner (the host that made it) disposes it. When null each links check makes its
    /// own from <see cref="Links"/>, which is polite within one city only.
    /// </summary>
    public HostTraffic? Traffic { get; init; }
}
