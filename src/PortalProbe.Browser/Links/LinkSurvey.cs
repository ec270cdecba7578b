using Microsoft.Playwright;

namespace PortalProbe.Browser.Links;

/// <summary>
/// One channel's link stability and availability, as a scenario will call it: crawl from the entry pages, check
/// every link found, sample the entry pages' availability, and report. The availability visits (mostly waiting: they
/// are seconds apart) run alongside the crawl and the checks; both go through the same per-host lanes, so the host
/// sees no more requests at once, nor closer together, than one of them alone would send. The context carries the
/// channel's user agent and cookies; <paramref name="traffic"/> is shared by every survey of a sweep.
/// </summary>
public sealed class LinkSurvey(HostTraffic traffic)
{
    private readonly LinkCrawler _crawler = new(traffic);
    private readonly LinkChecker _checker = new(traffic);
    private readonly AvailabilitySampler _sampler = new(traffic);

    public Task<LinkReport> RunAsync(IBrowserContext context, IReadOnlyList<Uri> entries, CancellationToken cancellationToken) =>
        RunAsync(context, entries, SurveyLimits.From(traffic.Options), cancellationToken);

    /// <summary>Surveys to <paramref name="limits"/> (a scenario's own depth, pages and visits) through the shared traffic.</summary>
    public async Task<LinkReport> RunAsync(IBrowserContext context, IReadOnlyList<Uri> entries, SurveyLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(limits);
        limits.Validate();
        if (entries.Count == 0)
        {
            throw new ArgumentException("a link survey needs at least one entry page", nameof(entries));
        }

        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampling = _sampler.SampleAsync(context, entries, limits.AvailabilityVisits, failed.Token);
        try
        {
            var crawl = await _crawler.CrawlAsync(context, entries, limits, cancellationToken);
            var links = await _checker.CheckAsync(context, crawl.Links, cancellationToken);
            return new LinkReport(links, crawl.Pages, await sampling);
        }
        catch
        {
            // The sampling must not outlive the survey (its pages belong to the caller's context).
            await failed.CancelAsync();
            await ((Task)sampling).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }
}
