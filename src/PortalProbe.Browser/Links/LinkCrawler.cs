using Microsoft.Playwright;
using PortalProbe.Browser.Links.Internal;

namespace PortalProbe.Browser.Links;

/// <summary>
/// Collects a channel's links from its entry pages, breadth first, within the entry pages' hosts, to
/// <see cref="LinkOptions.MaxDepth"/> clicks and <see cref="LinkOptions.MaxPages"/> pages. Each page is read twice:
/// as served (the raw HTML, decoded from GBK and friends, parsed with AngleSharp) and as rendered by Chromium (so
/// links that scripts build count). A link is internal when it stays on an entry page's host.
/// </summary>
public sealed class LinkCrawler(HostTraffic traffic)
{
    private readonly LinkFetcher _fetcher = new(traffic);

    public Task<CrawlResult> CrawlAsync(IBrowserContext context, IReadOnlyList<Uri> entries, CancellationToken cancellationToken) =>
        CrawlAsync(context, entries, SurveyLimits.From(traffic.Options), cancellationToken);

    /// <summary>Crawls to <paramref name="limits"/>' depth and pages instead of the traffic's options.</summary>
    public async Task<CrawlResult> CrawlAsync(IBrowserContext context, IReadOnlyList<Uri> entries, SurveyLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(limits);
        var hosts = entries.Select(e => e.Host).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = new Dictionary<Uri, FoundLink>();
        var pages = new List<CrawledPage>();
        var queued = new HashSet<Uri>(entries);
        var level = entries.Distinct().Take(limits.MaxPages).ToList();
        for (var depth = 0; level.Count > 0; depth++)
        {
            var read = await Task.WhenAll(level.Select(url => ReadAsync(context, url, depth, cancellationToken)));
            var next = new List<Uri>();
            var budget = limits.MaxPages - pages.Count - read.Length;
            foreach (var (page, links) in read)
            {
                pages.Add(page);
                foreach (var (url, sources) in links)
                {
                    var kind = hosts.Contains(url.Host) ? LinkKind.Internal : LinkKind.External;
                    found[url] = found.TryGetValue(url, out var known)
                        ? known with { Sources = known.Sources | sources }
                        : new FoundLink(url, page.Url, kind, depth + 1, sources);
                    if (kind == LinkKind.Internal && depth < limits.MaxDepth && LinkAddress.LooksLikePage(url)
                        && next.Count < budget && queued.Add(url))
                    {
                        next.Add(url);
                    }
                }
            }

            level = next;
        }

        foreach (var entry in entries)
        {
            LinkLog.Crawled(traffic.Logger, entry, pages.Count, found.Count);
        }

        return new CrawlResult(pages, [.. found.Values]);
    }

    private async Task<(CrawledPage Page, IReadOnlyList<(Uri Url, LinkSources Sources)> Links)> ReadAsync(
        IBrowserContext context, Uri url, int depth, CancellationToken cancellationToken)
    {
        // The served HTML first: when the page cannot be had (an HTTP error, no answer), rendering it would only wait
        // for the same failure again, in a lane the availability visits share.
        var served = await _fetcher.FollowAsync(context.APIRequest, url, "GET", readPage: true, cancellationToken);
        if (served.Classification != LinkClassification.Ok)
        {
            var error = served.Error ?? $"{served.Classification} (HTTP {served.FinalStatus})";
            LinkLog.PageFailed(traffic.Logger, url, error);
            return (new CrawledPage(url, depth, served.FinalStatus, 0, 0, error), []);
        }

        var servedLinks = served.Page?.Body is { } body
            ? ServedLinks.Find(ServedLinks.Parse(PageEncoding.Decode(body, served.Page.ContentType)), served.FinalUrl)
            : [];
        IReadOnlyList<Uri> renderedLinks = [];
        string? renderError = null;
        try
        {
            renderedLinks = await traffic.InLaneAsync(url, _ => RenderedLinks.FindAsync(context, url, traffic.Options.RequestTimeout), cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            renderError = "rendering failed: " + e.Message.Split('\n', 2)[0].Trim();
            LinkLog.PageFailed(traffic.Logger, url, renderError);
        }

        var links = new Dictionary<Uri, LinkSources>();
        foreach (var link in servedLinks)
        {
            links[link] = LinkSources.Served;
        }

        foreach (var link in renderedLinks)
        {
            links[link] = links.GetValueOrDefault(link) | LinkSources.Rendered;
        }

        var page = new CrawledPage(url, depth, served.FinalStatus, servedLinks.Distinct().Count(), renderedLinks.Distinct().Count(), renderError);
        return (page, [.. links.Select(p => (p.Key, p.Value))]);
    }
}
