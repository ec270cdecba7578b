namespace PortalProbe.Simulator.Personalities;

/// <summary>The ids the personality files use for each enum value (kebab-case, as written in JSON and scripts).</summary>
public static class PersonalityIds
{
    public static IReadOnlyDictionary<string, PortalStyle> Styles { get; } = Map(
        ("pc", PortalStyle.Pc), ("pc-legacy", PortalStyle.PcLegacy), ("wechat-h5", PortalStyle.WechatH5), ("app-h5", PortalStyle.AppH5));

    public static IReadOnlyDictionary<string, RegistrationMode> Registrations { get; } = Map(
        ("sms", RegistrationMode.Sms), ("email", RegistrationMode.Email), ("none", RegistrationMode.None),
        ("broken-500", RegistrationMode.Broken500), ("wechat-oauth", RegistrationMode.WechatOAuth), ("captcha", RegistrationMode.Captcha));

    public static IReadOnlyDictionary<string, SubmissionMode> Submissions { get; } = Map(
        ("ok", SubmissionMode.Ok), ("dead-button", SubmissionMode.DeadButton), ("server-error", SubmissionMode.ServerError),
        ("form-never-loads", SubmissionMode.FormNeverLoads), ("none", SubmissionMode.None));

    public static IReadOnlyDictionary<string, ProgressMode> Progresses { get; } = Map(
        ("ok", ProgressMode.Ok), ("broken", ProgressMode.Broken), ("none", ProgressMode.None));

    public static IReadOnlyDictionary<string, ChatbotMode> Chatbots { get; } = Map(
        ("none", ChatbotMode.None), ("accurate", ChatbotMode.Accurate), ("partial", ChatbotMode.Partial),
        ("deflect", ChatbotMode.Deflect), ("silent", ChatbotMode.Silent));

    public static IReadOnlyDictionary<string, SearchChannels> Channels { get; } = Map(
        ("site-search", SearchChannels.SiteSearch), ("faq", SearchChannels.Faq),
        ("hot-questions", SearchChannels.HotQuestions), ("chatbot", SearchChannels.Chatbot));

    public static IReadOnlyDictionary<string, DisclosureFreshness> Freshness { get; } = Map(
        ("recent", DisclosureFreshness.Recent), ("stale", DisclosureFreshness.Stale),
        ("undated", DisclosureFreshness.Undated), ("none", DisclosureFreshness.None));

    public static IReadOnlyDictionary<string, DateStyle> DateStyles { get; } = Map(
        ("year-month", DateStyle.YearMonth), ("dashed", DateStyle.Dashed), ("slashed", DateStyle.Slashed),
        ("month-day", DateStyle.MonthDay), ("labelled", DateStyle.Labelled));

    public static IReadOnlyDictionary<string, LinkBehaviour> LinkBehaviours { get; } = Map(
        ("ok", LinkBehaviour.Ok), ("404", LinkBehaviour.NotFound), ("500", LinkBehaviour.ServerError),
        ("refused", LinkBehaviour.Refused), ("redirect-chain", LinkBehaviour.RedirectChain),
        ("redirect-loop", LinkBehaviour.RedirectLoop), ("external-jump-fails", LinkBehaviour.ExternalJumpFails),
        ("slow", LinkBehaviour.Slow), ("hang", LinkBehaviour.Hang), ("head-405", LinkBehaviour.HeadMethodNotAllowed),
        ("head-404", LinkBehaviour.HeadNotFound), ("intermittent", LinkBehaviour.Intermittent));

    public static IReadOnlyDictionary<string, PortalFaults> Faults { get; } = Map(
        ("registration", PortalFaults.Registration), ("submission", PortalFaults.Submission),
        ("submit-button-dead", PortalFaults.SubmitButtonDead), ("home", PortalFaults.Home),
        ("hang", PortalFaults.Hang), ("flaky-home", PortalFaults.FlakyHome),
        ("home-outage", PortalFaults.HomeOutage));

    /// <summary>The id of <paramref name="value"/> in <paramref name="ids"/>.</summary>
    public static string Of<T>(IReadOnlyDictionary<string, T> ids, T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(ids);
        foreach (var (id, v) in ids)
        {
            if (EqualityComparer<T>.Default.Equals(v, value))
            {
                return id;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "no id for this value");
    }

    /// <summary>The ids of every flag set in <paramref name="value"/>, in declaration order.</summary>
    public static IReadOnlyList<string> FlagsOf<T>(IReadOnlyDictionary<string, T> ids, T value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Where(p => value.HasFlag(p.Value)).Select(p => p.Key)];
    }

    public static string Of(PortalStyle style) => Of(Styles, style);

    private static Dictionary<string, T> Map<T>(params (string Id, T Value)[] pairs)
        where T : notnull =>
        pairs.ToDictionary(p => p.Id, p => p.Value, StringComparer.Ordinal);
}
