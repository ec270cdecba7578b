namespace PortalProbe.Simulator.Personalities;

/// <summary>
/// Everything that makes one simulated city portal different from another, as data: the simulator has no
/// per-city code paths. Validated when the host starts, where every problem is reported at once.
/// The defaults describe the first simulated portal: a PC portal with SMS registration, a working appeal form,
/// progress lookup and an FAQ, and nothing else.
/// </summary>
/// <param name="CityCode">The six-digit administrative code, e.g. 330100.</param>
/// <param name="CityName">The name shown on the pages, e.g. 杭州市.</param>
/// <param name="Address">The portal's own IPv4 loopback address (127.0.0.0/8), e.g. 127.10.0.1.</param>
/// <param name="TicketPrefix">The letters that start every ticket number, e.g. HZ.</param>
public sealed record PortalPersonality(string CityCode, string CityName, string Address, string TicketPrefix)
{
    /// <summary>The default length of an SMS verification code.</summary>
    public const int DefaultSmsCodeLength = 6;

    /// <summary>The default number of working days after which a ticket is closed with a reply.</summary>
    public const int DefaultReplyWorkingDays = 3;

    /// <summary>The parts of the portal that are deliberately broken.</summary>
    public PortalFaults Broken { get; init; } = PortalFaults.None;

    /// <summary>How many digits the SMS verification codes have (4 to 8).</summary>
    public int SmsCodeLength { get; init; } = DefaultSmsCodeLength;

    /// <summary>The vendor platform, which decides the markup and the paths.</summary>
    public PortalStyle Style { get; init; } = PortalStyle.Pc;

    /// <summary>How registration and login work.</summary>
    public RegistrationMode Registration { get; init; } = RegistrationMode.Sms;

    /// <summary>How the appeal form behaves.</summary>
    public SubmissionMode Submission { get; init; } = SubmissionMode.Ok;

    /// <summary>How the progress lookup behaves.</summary>
    public ProgressMode Progress { get; init; } = ProgressMode.Ok;

    /// <summary>How the chatbot answers; <see cref="ChatbotMode.None"/> for no chatbot.</summary>
    public ChatbotMode Chatbot { get; init; } = ChatbotMode.None;

    /// <summary>
    /// The information-search channels. <see cref="SearchChannels.Chatbot"/> must be set exactly when
    /// <see cref="Chatbot"/> is not <see cref="ChatbotMode.None"/>.
    /// </summary>
    public SearchChannels Search { get; init; } = SearchChannels.Faq;

    /// <summary>Monthly appeal-data reports (数据发布).</summary>
    public DisclosureSection DataReports { get; init; } = DisclosureSection.Absent;

    /// <summary>Hot appeal cases (热点诉求案例).</summary>
    public DisclosureSection HotCases { get; init; } = DisclosureSection.Absent;

    /// <summary>True when the portal has an enterprise-service entrance (企业诉求"一键直达").</summary>
    public bool EnterpriseEntrance { get; init; }

    /// <summary>A WeChat-H5 portal that shows only 「请在微信客户端打开」 to a browser without "MicroMessenger" in its user agent.</summary>
    public bool WechatOnly { get; init; }

    /// <summary>The 相关链接 list, with what each link does when followed.</summary>
    public IReadOnlyList<PortalLink> Links { get; init; } = [];

    /// <summary>The labels and ids of this city's platform.</summary>
    public PortalVocabulary Vocabulary { get; init; } = PortalVocabulary.Default;

    /// <summary>Deterministic faults and latency.</summary>
    public FaultPlan Faults { get; init; } = FaultPlan.None;

    /// <summary>Working days (Chinese calendar, 调休 included) after which a ticket is closed with a reply (1..60).</summary>
    public int ReplyWorkingDays { get; init; } = DefaultReplyWorkingDays;

    /// <summary>The date disclosure lists are dated relative to; null uses the host clock's date in Beijing.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>True when <paramref name="fault"/> is switched on for this portal.</summary>
    public bool Has(PortalFaults fault) => fault != PortalFaults.None && (Broken & fault) == fault;
}
