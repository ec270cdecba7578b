using System.Text.RegularExpressions;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Disclosure;

/// <summary>
/// The words portals label their disclosure columns with, and the words of the sections that usually hold them.
/// Each pattern names the column, not a word that merely occurs in it: 数据 alone would take 大数据局, 问题 alone
/// would take the hot questions (热点问题) for hot cases.
/// </summary>
internal static partial class TopicLabels
{
    /// <summary>True when a control's text names the column publishing <paramref name="topic"/>.</summary>
    public static bool Names(DisclosureTopic topic, string text) => topic switch
    {
        DisclosureTopic.Reports => Reports().IsMatch(text),
        _ => Cases().IsMatch(text),
    };

    /// <summary>True when a control leads to a section that usually holds the disclosure columns (信息公开, 数据开放 ...).</summary>
    public static bool NamesSection(string text) => Sections().IsMatch(text);

    /// <summary>The labels looked for, for reasons.</summary>
    public static string Describe(DisclosureTopic topic) => topic == DisclosureTopic.Reports
        ? "诉求数据, 数据发布, 数据公开, 数据统计, 数据分析报告, 月报, 来信统计 ..."
        : "热点诉求, 典型案例, 热点案例, 案例选登, 案例 ...";

    // 诉求数据, 数据发布/公开/统计/分析/报告/通报, 月报/周报/年报, 运行情况(报告), 来信/来电/工单统计, 统计分析, 办理情况通报.
    [GeneratedRegex("诉求数据|数据(发布|公开|统计|分析|报告|通报|简报)|[月周季]报|运行(情况|分析)|(来信|来电|诉求|工单|话务)(统计|分析)|统计分析|办理情况通报")]
    private static partial Regex Reports();

    // 热点诉求(案例), 典型案例, 热点案例, 案例选登 ... every case column says 案例 or 热点诉求.
    [GeneratedRegex("案例|热点诉求|以案说法")]
    private static partial Regex Cases();

    [GeneratedRegex("信息公开|政务公开|数据开放|公开|资讯|新闻|动态|专题|专栏")]
    private static partial Regex Sections();
}
