namespace PortalProbe.Browser.Links;

/// <summary>
/// The verdict on one link: its outcome over every check, and the classification, final status and chain of the
/// deciding check (the last failing one for a broken or flaky link, the last one otherwise).
/// </summary>
public sealed record LinkResult(
    Uri Url,
    Uri FoundOn,
    LinkKind Kind,
    LinkOutcome Outcome,
    LinkClassification Classification,
    int? FinalStatus,
    IReadOnlyList<RedirectHop> Chain,
    IReadOnlyList<LinkAttempt> Attempts)
{
    /// <summary>Failed checks over checks that reached the host; 0 for a link that always worked.</summary>
    public double FailureRatio
    {
        get
        {
            var real = Attempts.Where(a => a.Classification != LinkClassification.HostUnavailable).ToList();
            return real.Count == 0 ? 0 : (double)real.Count(a => a.Classification.IsFailure()) / real.Count;
        }
    }

    /// <summary>True when the link is a broken internal jump page whose target failed (转外部链接失败).</summary>
    public bool IsExternalJumpFailure => Outcome == LinkOutcome.Broken && Classification == LinkClassification.ExternalJumpFailure;
}
