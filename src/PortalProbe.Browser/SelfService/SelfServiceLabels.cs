using System.Text.RegularExpressions;

namespace PortalProbe.Browser.SelfService;

/// <summary>
/// The words portals label their search channels and enterprise entrances with. A control is taken by what it
/// says (its text, title or ARIA label), so a floating robot button counts as much as a menu link.
/// </summary>
internal static partial class SelfServiceLabels
{
    /// <summary>The channel a control's text names, or null.</summary>
    public static SearchChannel? Channel(string text) =>
        Chatbot().IsMatch(text) ? SearchChannel.Chatbot
        : Faq().IsMatch(text) ? SearchChannel.Faq
        : Hot().IsMatch(text) ? SearchChannel.HotQuestions
        : Search().IsMatch(text) ? SearchChannel.SiteSearch
        : null;

    /// <summary>True when a control's text names an enterprise-service entrance.</summary>
    public static bool NamesEnterprise(string text) => Enterprise().IsMatch(text);

    [GeneratedRegex("智能客服|智能问答|智能咨询|在线客服|在线咨询|客服机器人|智能机器人|问答机器人|小助手|智能助手")]
    private static partial Regex Chatbot();

    [GeneratedRegex("常见问题|知识库|问题解答|常见问答|问答库|办事问答|FAQ", RegexOptions.IgnoreCase)]
    private static partial Regex Faq();

    [GeneratedRegex("热点问题|热门问题|热门咨询|热点咨询|热点问答|热门问答|大家都在问")]
    private static partial Regex Hot();

    // The control that opens the search (搜索, 站内搜索, 全站检索), not a sentence mentioning it.
    [GeneratedRegex("^(站内|全站|网站|全文)?(搜索|检索|搜 索|查找)$")]
    private static partial Regex Search();

    [GeneratedRegex("企业服务|企业诉求|企业专区|企业专栏|企业之家|涉企|惠企|助企|营商环境|政企直通|企业直通")]
    private static partial Regex Enterprise();
}
