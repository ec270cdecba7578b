namespace PortalProbe.Analysis.Chatbot;

/// <summary>
/// Phrases that mark an answer as a deflection (抱歉, 转人工 ...), a generic menu (您可以这样问我, 猜你想问 ...)
/// or a pointer to a guide (办事指南, 网址, 可登录 ...). Matched after normalisation, like key points.
/// </summary>
public sealed record JudgeMarkers(IReadOnlyList<string> Deflection, IReadOnlyList<string> Menu, IReadOnlyList<string> Guide)
{
    /// <summary>The markers the judge always knows; a question bank adds its own.</summary>
    public static JudgeMarkers Default { get; } = new(
        ["抱歉", "对不起", "没有理解", "请换个说法", "无法回答", "转人工", "人工客服", "还在学习"],
        ["您可以这样问我", "您可以问我", "猜你想问", "猜您想问", "热门问题", "请选择", "回复序号", "回复数字"],
        ["办事指南", "服务指南", "网址", "链接", "可登录", "请登录", "详见"]);

    public static JudgeMarkers None { get; } = new([], [], []);

    /// <summary>Both sets of markers, each phrase once, in first-seen order.</summary>
    public JudgeMarkers Merge(JudgeMarkers other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Deflection.Concat(other.Deflection).Distinct(StringComparer.Ordinal).ToList(),
            Menu.Concat(other.Menu).Distinct(StringComparer.Ordinal).ToList(),
            Guide.Concat(other.Guide).Distinct(StringComparer.Ordinal).ToList());
    }
}
