using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>One menu entry of the PC portal.</summary>
internal sealed record MenuEntry(string Href, string Label);

/// <summary>
/// The PC portal's menu, from its personality. With the default personality it is exactly the first portal's
/// menu (首页, 用户注册, 我要反映, 诉求查询, 常见问题) plus 用户登录; further functions follow.
/// </summary>
internal static class PcMenu
{
    public static IReadOnlyList<MenuEntry> Entries(PortalPersonality? portal)
    {
        var v = portal?.Vocabulary ?? PortalVocabulary.Default;
        var entries = new List<MenuEntry> { new("/", "首页") };
        if (portal is null)
        {
            return [.. entries, new("/register", v.Register), new("/appeal", v.Appeal), new("/progress", v.Progress), new("/faq", v.Faq)];
        }

        var hasAccounts = portal.Registration != RegistrationMode.None;
        AddIf(entries, hasAccounts, "/register", v.Register);
        AddIf(entries, portal.Submission != SubmissionMode.None, "/appeal", v.Appeal);
        AddIf(entries, portal.Progress != ProgressMode.None, "/progress", v.Progress);
        AddIf(entries, portal.Search.HasFlag(SearchChannels.Faq), "/faq", v.Faq);
        AddIf(entries, hasAccounts, "/login", v.Login);
        AddIf(entries, portal.Search.HasFlag(SearchChannels.SiteSearch), "/search", v.Search);
        AddIf(entries, portal.Search.HasFlag(SearchChannels.HotQuestions), "/hot", v.HotQuestions);
        AddIf(entries, portal.Chatbot != ChatbotMode.None, "/chat", v.Chatbot);
        AddIf(entries, portal.DataReports.IsPublished, "/data/reports", v.Reports);
        AddIf(entries, portal.HotCases.IsPublished, "/data/cases", v.Cases);
        AddIf(entries, portal.EnterpriseEntrance, "/enterprise", v.Enterprise);
        return entries;
    }

    private static void AddIf(List<MenuEntry> entries, bool condition, string href, string label)
    {
        if (condition)
        {
            entries.Add(new MenuEntry(href, label));
        }
    }
}
