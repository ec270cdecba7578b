using Microsoft.Playwright;
using PortalProbe.Browser.Links.Internal;

namespace PortalProbe.Browser.Links;

/// <summary>
/// Checks links through a browser context's request API, so the channel's user agent and cookies go with every
/// request. External links are asked with HEAD first and GET on any answer but 2xx. Internal links are asked with
/// GET at once: their page is needed to recognise a jump page (跳转页), and a portal's own pages are small. Every
/// link that failed is checked once more, no sooner than <see cref="LinkOptions.RecheckDelay"/> after its first check
/// started; the verdict is broken only when it failed both times, flaky when it failed once.
/// </summary>
public sealed class LinkChecker(HostTraffic traffic)
{
    private readonly LinkFetcher _fetcher = new(traffic);

    public async Task<IReadOnlyList<LinkResult>> CheckAsync(IBrowserContext context, IReadOnlyList<FoundLink> links, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(links);
        var api = context.APIRequest;
        var attempts = await Task.WhenAll(links.Select(l => CheckAndConfirmAsync(api, l, cancellationToken)));
        var results = links.Select((l, i) => LinkVerdicts.Decide(l, attempts[i])).ToList();
        foreach (var result in results.Where(r => r.Outcome != LinkOutcome.Ok))
        {
            LinkLog.LinkFailed(traffic.Logger, result.Url, result.FoundOn, result.Outcome, result.Classification, result.FinalStatus);
        }

        return results;
    }

    /// <summary>
    /// Checks one link and, when it failed, checks it again once <see cref="LinkOptions.RecheckDelay"/> has passed since
    /// the first check started: each link on its own clock, so a link that failed at once is not held back by a slow
    /// one, and a link that timed out (which took longer than the delay) is asked again at once.
    /// </summary>
    private async Task<IReadOnlyList<LinkAttempt>> CheckAndConfirmAsync(IAPIRequestContext api, FoundLink link, CancellationToken cancellationToken)
    {
        var first = await CheckOnceAsync(api, link, 1, cancellationToken);
        if (!first.Classification.IsFailure())
        {
            return [first];
        }

        var due = first.At + traffic.Options.RecheckDelay;
        var wait = due - traffic.Time.GetUtcNow();
        LinkLog.Rechecking(traffic.Logger, link.Url, first.Classification, wait > TimeSpan.Zero ? wait : TimeSpan.Zero);
        while (wait > TimeSpan.Zero)
        {
            // A timer may fire a millisecond early; the delay is a promise to the host, so wait out the rest.
            await Task.Delay(wait, traffic.Time, cancellationToken);
            wait = due - traffic.Time.GetUtcNow();
        }

        return [first, await CheckOnceAsync(api, link, 2, cancellationToken)];
    }

    private async Task<LinkAttempt> CheckOnceAsync(IAPIRequestContext api, FoundLink link, int number, CancellationToken cancellationToken)
    {
        var at = traffic.Time.GetUtcNow();
        var started = traffic.Time.GetTimestamp();
        var result = link.Kind == LinkKind.Internal
            ? await InternalAsync(api, link.Url, cancellationToken)
            : await HeadThenGetAsync(api, link.Url, cancellationToken);
        return new LinkAttempt(
            number, at, result.Classification, result.FinalStatus, result.Chain, result.Error, result.Requests, traffic.Time.GetElapsedTime(started));
    }

    private async Task<ChainResult> HeadThenGetAsync(IAPIRequestContext api, Uri url, CancellationToken cancellationToken)
    {
        var head = await _fetcher.FollowAsync(api, url, "HEAD", readPage: false, cancellationToken);
        if (!head.AnsweredWithoutSuccess)
        {
            return head;
        }

        var get = await _fetcher.FollowAsync(api, url, "GET", readPage: false, cancellationToken);
        return get with { Chain = [.. head.Chain, .. get.Chain], Requests = head.Requests + get.Requests };
    }

    /// <summary>GET the page; when it is a jump page, follow its target one level and judge the link by where it lands.</summary>
    private async Task<ChainResult> InternalAsync(IAPIRequestContext api, Uri url, CancellationToken cancellationToken)
    {
        var page = await _fetcher.FollowAsync(api, url, "GET", readPage: true, cancellationToken);
        if (page.Classification != LinkClassification.Ok || page.Page?.Body is not { } body)
        {
            return page with { Page = null };
        }

        var document = ServedLinks.Parse(PageEncoding.Decode(body, page.Page.ContentType));
        if (JumpPage.Target(document, page.FinalUrl) is not { } target)
        {
            return page with { Page = null };
        }

        var landed = LinkAddress.SameHost(target, url)
            ? await _fetcher.FollowAsync(api, target, "GET", readPage: false, cancellationToken)
            : await HeadThenGetAsync(api, target, cancellationToken);
        var chain = (IReadOnlyList<RedirectHop>)[.. page.Chain, .. landed.Chain];
        var requests = page.Requests + landed.Requests;
        return landed.Classification switch
        {
            LinkClassification.Ok => page with { Chain = chain, Requests = requests, Page = null },
            LinkClassification.HostUnavailable => landed with { Chain = chain, Requests = requests },
            _ => new ChainResult(
                LinkClassification.ExternalJumpFailure,
                landed.FinalStatus,
                chain,
                $"jump page leads to {target}: {landed.Error ?? $"{landed.Classification} (HTTP {landed.FinalStatus})"}",
                requests,
                landed.FinalUrl,
                null),
        };
    }
}
