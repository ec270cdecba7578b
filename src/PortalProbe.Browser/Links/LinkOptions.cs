using System.Globalization;

namespace PortalProbe.Browser.Links;

/// <summary>How links are collected and checked and how entry pages are sampled; defaults in <see cref="LinkDefaults"/>.</summary>
public sealed record LinkOptions
{
    /// <summary>The longest one request (or one availability visit) may take before it counts as a timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = LinkDefaults.RequestTimeout;

    public int MaxDepth { get; init; } = LinkDefaults.MaxDepth;

    public int MaxPages { get; init; } = LinkDefaults.MaxPages;

    public int MaxPerHost { get; init; } = LinkDefaults.MaxPerHost;

    public int MaxParallel { get; init; } = LinkDefaults.MaxParallel;

    public TimeSpan PoliteDelay { get; init; } = LinkDefaults.PoliteDelay;

    public int MaxRedirects { get; init; } = LinkDefaults.MaxRedirects;

    public int TransportRetries { get; init; } = LinkDefaults.TransportRetries;

    public TimeSpan RetryDelay { get; init; } = LinkDefaults.RetryDelay;

    public TimeSpan RecheckDelay { get; init; } = LinkDefaults.RecheckDelay;

    public int BreakerMinimumThroughput { get; init; } = LinkDefaults.BreakerMinimumThroughput;

    public double BreakerFailureRatio { get; init; } = LinkDefaults.BreakerFailureRatio;

    public TimeSpan BreakerSamplingDuration { get; init; } = LinkDefaults.BreakerSamplingDuration;

    public TimeSpan BreakerDuration { get; init; } = LinkDefaults.BreakerDuration;

    public int AvailabilityVisits { get; init; } = LinkDefaults.AvailabilityVisits;

    public TimeSpan AvailabilityInterval { get; init; } = LinkDefaults.AvailabilityInterval;

    public int MaxPageBytes { get; init; } = LinkDefaults.MaxPageBytes;

    /// <summary>Every problem with these options, each naming its setting; empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        AtLeast(problems, nameof(RequestTimeout), RequestTimeout, TimeSpan.FromMilliseconds(10));
        AtLeast(problems, nameof(MaxDepth), MaxDepth, 0);
        AtLeast(problems, nameof(MaxPages), MaxPages, 1);
        AtLeast(problems, nameof(MaxPerHost), MaxPerHost, 1);
        AtLeast(problems, nameof(MaxParallel), MaxParallel, 1);
        NotNegative(problems, nameof(PoliteDelay), PoliteDelay);
        AtLeast(problems, nameof(MaxRedirects), MaxRedirects, 0);
        AtLeast(problems, nameof(TransportRetries), TransportRetries, 0);
        NotNegative(problems, nameof(RetryDelay), RetryDelay);
        NotNegative(problems, nameof(RecheckDelay), RecheckDelay);

        // Polly's own limits for a circuit breaker: at least 2 calls, windows of at least half a second.
        AtLeast(problems, nameof(BreakerMinimumThroughput), BreakerMinimumThroughput, 2);
        if (BreakerFailureRatio is <= 0 or > 1 || double.IsNaN(BreakerFailureRatio))
        {
            problems.Add($"{nameof(BreakerFailureRatio)}: must be above 0 and at most 1, not {BreakerFailureRatio.ToString(CultureInfo.InvariantCulture)}");
        }

        AtLeast(problems, nameof(BreakerSamplingDuration), BreakerSamplingDuration, TimeSpan.FromMilliseconds(500));
        AtLeast(problems, nameof(BreakerDuration), BreakerDuration, TimeSpan.FromMilliseconds(500));
        AtLeast(problems, nameof(AvailabilityVisits), AvailabilityVisits, 1);
        NotNegative(problems, nameof(AvailabilityInterval), AvailabilityInterval);
        AtLeast(problems, nameof(MaxPageBytes), MaxPageBytes, 1024);
        return problems;
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem at once when the options are not valid.</summary>
    public LinkOptions Validate()
    {
        var problems = Problems();
        return problems.Count == 0
            ? this
            : throw new ArgumentException("Invalid link options:" + string.Concat(problems.Select(p => "\n  " + p)));
    }

    private static void AtLeast(List<string> problems, string name, int value, int least)
    {
        if (value < least)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: must be at least {least}, not {value}"));
        }
    }

    private static void AtLeast(List<string> problems, string name, TimeSpan value, TimeSpan least)
    {
        if (value < least)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: must be at least {least.TotalMilliseconds} ms, not {value.TotalMilliseconds} ms"));
        }
    }

    private static void NotNegative(List<string> problems, string name, TimeSpan value)
    {
        if (value < TimeSpan.Zero)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{name}: must not be negative, not {value.TotalMilliseconds} ms"));
        }
    }
}
