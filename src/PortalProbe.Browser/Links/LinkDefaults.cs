namespace PortalProbe.Browser.Links;

/// <summary>The defaults of <see cref="LinkOptions"/>, in one place.</summary>
public static class LinkDefaults
{
    /// <summary>The government-website rule: a page not open after 15 s counts as not open.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Clicks away from an entry page whose links are still collected; 0 collects only the entry pages' links.</summary>
    public const int MaxDepth = 1;

    /// <summary>Pages (entry pages included) whose links are collected, per crawl.</summary>
    public const int MaxPages = 50;

    /// <summary>Requests in flight to one host at once.</summary>
    public const int MaxPerHost = 2;

    /// <summary>Requests in flight to all hosts together.</summary>
    public const int MaxParallel = 16;

    /// <summary>The least time between the starts of two requests to one host.</summary>
    public static readonly TimeSpan PoliteDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Redirects followed before a chain counts as a redirect loop.</summary>
    public const int MaxRedirects = 10;

    /// <summary>Retries of a request that failed in transport (refused, reset); HTTP answers are never retried.</summary>
    public const int TransportRetries = 2;

    /// <summary>The base delay between transport retries; jittered and doubled each time.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How much later a failed link is checked again before it counts as broken, counted from the start of its first
    /// check: a link that took longer than this to fail (a timeout) is checked again as soon as it failed.
    /// </summary>
    public static readonly TimeSpan RecheckDelay = TimeSpan.FromSeconds(10);

    /// <summary>Transport failures and timeouts within <see cref="BreakerSamplingDuration"/> that may open a host's breaker.</summary>
    public const int BreakerMinimumThroughput = 5;

    /// <summary>The share of failed requests to one host that opens its breaker.</summary>
    public const double BreakerFailureRatio = 0.5;

    /// <summary>The window over which a host's failures are counted.</summary>
    public static readonly TimeSpan BreakerSamplingDuration = TimeSpan.FromSeconds(60);

    /// <summary>How long a host's breaker stays open before one request may try again.</summary>
    public static readonly TimeSpan BreakerDuration = TimeSpan.FromSeconds(30);

    /// <summary>Visits of each entry page when sampling availability.</summary>
    public const int AvailabilityVisits = 5;

    /// <summary>The pause between two availability visits of one entry page.</summary>
    public static readonly TimeSpan AvailabilityInterval = TimeSpan.FromSeconds(2);

    /// <summary>The share of visits not open within the timeout at which a site counts as unreachable (the 5% rule).</summary>
    public const double UnreachableRatio = 0.05;

    /// <summary>The largest served page parsed for links; bigger bodies are not parsed.</summary>
    public const int MaxPageBytes = 4 * 1024 * 1024;
}
