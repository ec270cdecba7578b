namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// The words and ids a vendor's platform uses, so two cities of the same style still differ, as real portals do.
/// The defaults are the first simulated portal's: its page markup and ids never change with the vocabulary;
/// <see cref="IdPrefix"/> applies to the elements of the other styles and to the new PC pages.
/// </summary>
public sealed record PortalVocabulary
{
    /// <summary>The first portal's words.</summary>
    public static PortalVocabulary Default { get; } = new();

    public string Register { get; init; } = "用户注册";

    public string Login { get; init; } = "用户登录";

    public string Appeal { get; init; } = "我要反映";

    public string Progress { get; init; } = "诉求查询";

    public string Faq { get; init; } = "常见问题";

    /// <summary>The appeal form's submit button.</summary>
    public string Submit { get; init; } = "提交";

    public string Search { get; init; } = "站内搜索";

    public string HotQuestions { get; init; } = "热点问题";

    public string Chatbot { get; init; } = "智能客服";

    public string Reports { get; init; } = "数据发布";

    public string Cases { get; init; } = "热点诉求案例";

    public string Enterprise { get; init; } = "企业服务专区";

    public string Links { get; init; } = "相关链接";

    /// <summary>Prefixed to element ids outside the first portal's pages, e.g. "gov-" gives #gov-title.</summary>
    public string IdPrefix { get; init; } = "";

    /// <summary>A structural variant (0, 1 or 2): where the menu sits, how fields are wrapped.</summary>
    public int Layout { get; init; }

    /// <summary>The id <paramref name="name"/> with this vocabulary's prefix.</summary>
    public string Id(string name) => IdPrefix + name;
}
