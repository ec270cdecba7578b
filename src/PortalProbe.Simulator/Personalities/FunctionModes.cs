namespace PortalProbe.Simulator.Personalities;

/// <summary>How registration and login work on a portal.</summary>
public enum RegistrationMode
{
    /// <summary>Phone number and an SMS code (read from <c>/__test/sms</c>), then a password.</summary>
    Sms,

    /// <summary>E-mail address and a password typed twice.</summary>
    Email,

    /// <summary>The portal has no accounts: no registration and no login.</summary>
    None,

    /// <summary>The SMS form is shown, but submitting it answers HTTP 500 「系统维护中」.</summary>
    Broken500,

    /// <summary>Registration and login demand WeChat web authorisation (网页授权): only a person in WeChat gets past.</summary>
    WechatOAuth,

    /// <summary>Registration and login show an image captcha a script cannot read.</summary>
    Captcha,
}

/// <summary>How the online appeal form behaves.</summary>
public enum SubmissionMode
{
    /// <summary>The form accepts a valid appeal and returns a ticket number.</summary>
    Ok,

    /// <summary>The submit button does nothing; only visible on a real submit.</summary>
    DeadButton,

    /// <summary>Submitting answers HTTP 500 「系统繁忙」; only visible on a real submit.</summary>
    ServerError,

    /// <summary>The form never appears (a loading spinner, or an empty frame); visible without submitting.</summary>
    FormNeverLoads,

    /// <summary>The portal takes no appeals online: no form, no entrance.</summary>
    None,
}

/// <summary>How the progress lookup behaves.</summary>
public enum ProgressMode
{
    /// <summary>A ticket is found and shows 已受理, 办理中 or 已办结 with a reply, as time passes.</summary>
    Ok,

    /// <summary>The lookup exists but always answers 「未查询到相关工单」.</summary>
    Broken,

    /// <summary>There is no progress lookup.</summary>
    None,
}

/// <summary>How the chatbot (智能客服) answers questions from the question bank.</summary>
public enum ChatbotMode
{
    /// <summary>No chatbot.</summary>
    None,

    /// <summary>Recognises the question (and its paraphrases) and answers every key point, in its own words.</summary>
    Accurate,

    /// <summary>Recognises the topic but answers only part of the key points.</summary>
    Partial,

    /// <summary>Answers every question with a generic deflection (「建议您拨打12345热线咨询」).</summary>
    Deflect,

    /// <summary>Takes the question and never answers.</summary>
    Silent,
}

/// <summary>The self-service information-search channels (自主查询) a portal offers.</summary>
[Flags]
public enum SearchChannels
{
    /// <summary>None at all.</summary>
    None = 0,

    /// <summary>Site search (站内搜索).</summary>
    SiteSearch = 1,

    /// <summary>FAQ or knowledge base (常见问题, 知识库).</summary>
    Faq = 2,

    /// <summary>A list of hot questions (热点问题).</summary>
    HotQuestions = 4,

    /// <summary>The chatbot, counted as a search channel when the portal has one.</summary>
    Chatbot = 8,
}
