namespace PortalProbe.Browser.Links;

/// <summary>
/// One check of a link: what it found, the chain of requests (redirects followed by hand, a jump page's target
/// appended), the error when no HTTP answer ended it, and how many requests it took including transport retries.
/// </summary>
public sealed record LinkAttempt(
    int Number,
    DateTimeOffset At,
    LinkClassification Classification,
    int? FinalStatus,
    IReadOnlyList<RedirectHop> Chain,
    string? Error,
    int Requests,
    TimeSpan Elapsed);
