namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// The verdict over a link's checks. Only checks that reached the host count: failed in all of them is broken,
/// worked in all is ok, both is flaky. A check refused by an open breaker is no observation, but a failure followed
/// by an open breaker is confirmed by the host's own repeated failures.
/// </summary>
internal static class LinkVerdicts
{
    public static LinkResult Decide(FoundLink link, IReadOnlyList<LinkAttempt> attempts)
    {
        var real = attempts.Where(a => a.Classification != LinkClassification.HostUnavailable).ToList();
        var failed = real.Where(a => a.Classification.IsFailure()).ToList();
        var (outcome, deciding) = (real.Count, failed.Count) switch
        {
            (0, _) => (LinkOutcome.HostUnavailable, attempts[^1]),
            (_, 0) => (LinkOutcome.Ok, real[^1]),
            var (r, f) when r == f => (LinkOutcome.Broken, failed[^1]),
            _ => (LinkOutcome.Flaky, failed[^1]),
        };
        return new LinkResult(link.Url, link.FoundOn, link.Kind, outcome, deciding.Classification, deciding.FinalStatus, deciding.Chain, attempts);
    }
}
