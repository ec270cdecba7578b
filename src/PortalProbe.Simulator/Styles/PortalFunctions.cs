using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles;

/// <summary>Which functions a portal has, by function name, with its menu label; shared by the styles' menus.</summary>
internal static class PortalFunctions
{
    public static IReadOnlyList<(string Function, string Label)> Menu(PortalPersonality portal)
    {
        var v = portal.Vocabulary;
        var menu = new List<(string, string)> { ("home", "首 页") };
        foreach (var function in PortalMarkup.Functions.Where(f => f != "home" && Has(portal, f)))
        {
            menu.Add((function, Label(v, function)));
        }

        return menu;
    }

    public static bool Has(PortalPersonality portal, string function) => function switch
    {
        "home" => true,
        "register" or "login" => portal.Registration != RegistrationMode.None,
        "appeal" => portal.Submission != SubmissionMode.None,
        "progress" => portal.Progress != ProgressMode.None,
        "chat" => portal.Chatbot != ChatbotMode.None,
        "search" => portal.Search.HasFlag(SearchChannels.SiteSearch),
        "faq" => portal.Search.HasFlag(SearchChannels.Faq),
        "hot" => portal.Search.HasFlag(SearchChannels.HotQuestions),
        "reports" => portal.DataReports.IsPublished,
        "cases" => portal.HotCases.IsPublished,
        "enterprise" => portal.EnterpriseEntrance,
        _ => false,
    };

    public static string Label(PortalVocabulary v, string function) => function switch
    {
        "register" => v.Register,
        "login" => v.Login,
        "appeal" => v.Appeal,
        "progress" => v.Progress,
        "chat" => v.Chatbot,
        "search" => v.Search,
        "faq" => v.Faq,
        "hot" => v.HotQuestions,
        "reports" => v.Reports,
        "cases" => v.Cases,
        "enterprise" => v.Enterprise,
        _ => "首页",
    };
}
