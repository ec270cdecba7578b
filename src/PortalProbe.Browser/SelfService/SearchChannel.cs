namespace PortalProbe.Browser.SelfService;

/// <summary>The self-service information-search channels (自主查询) the monitoring counts.</summary>
internal enum SearchChannel
{
    /// <summary>A site search field or entrance (站内搜索, 全站检索).</summary>
    SiteSearch,

    /// <summary>An FAQ or knowledge base (常见问题, 知识库, 问题解答).</summary>
    Faq,

    /// <summary>A list of hot questions (热点问题, 热门问题, 热门咨询).</summary>
    HotQuestions,

    /// <summary>A chatbot (智能客服, 智能问答, 在线咨询, 小助手).</summary>
    Chatbot,
}
