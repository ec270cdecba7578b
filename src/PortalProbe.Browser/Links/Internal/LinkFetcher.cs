using Microsoft.Playwright;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// Sends the requests of one check through the context's request API (so the channel's user agent and cookies go
/// with them), with <c>MaxRedirects = 0</c>: every redirect is followed here, recorded, and a URL seen twice or a
/// chain longer than the limit is a redirect loop.
/// </summary>
internal sealed class LinkFetcher(HostTraffic traffic)
{
    private static readonly string[] HtmlTypes = ["text/html", "application/xhtml+xml"];

    /// <summary>Extra time Playwright's own timeout allows past the pipeline's, so an abandoned request still ends.</summary>
    private static readonly TimeSpan DriverGrace = TimeSpan.FromSeconds(1);

    public async Task<ChainResult> FollowAsync(IAPIRequestContext api, Uri url, string method, bool readPage, CancellationToken cancellationToken)
    {
        var chain = new List<RedirectHop>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var requests = 0;
        var current = url;
        while (true)
        {
            if (!seen.Add(current.AbsoluteUri))
            {
                return new ChainResult(LinkClassification.RedirectLoop, chain[^1].Status, chain, $"redirected back to {current}", requests, current, null);
            }

            if (chain.Count > traffic.Options.MaxRedirects)
            {
                return new ChainResult(LinkClassification.RedirectLoop, chain[^1].Status, chain, $"more than {traffic.Options.MaxRedirects} redirects", requests, current, null);
            }

            HopResponse response;
            Exception? sent = null;
            try
            {
                response = await traffic.SendAsync(current, async token =>
                {
                    try
                    {
                        return await SendAsync(api, current, method, readPage, () => requests++, token);
                    }
                    catch (Exception e)
                    {
                        sent = e;
                        throw;
                    }
                }, cancellationToken);
            }
            catch (Exception e) when (TransportErrors.IsTransport(e) && !cancellationToken.IsCancellationRequested)
            {
                // A request that failed and whose retry the breaker then refused is judged by what the request met.
                var error = e is Polly.CircuitBreaker.BrokenCircuitException && sent is not null && TransportErrors.IsTransport(sent) ? sent : e;
                chain.Add(new RedirectHop(current, method, null));
                return new ChainResult(TransportErrors.Classify(error), null, chain, TransportErrors.Describe(error), requests, current, null);
            }

            chain.Add(new RedirectHop(current, method, response.Status));
            if (response.Status is >= 300 and < 400 && response.Location is { } location && Uri.TryCreate(current, location, out var next))
            {
                current = next;
                continue;
            }

            return new ChainResult(Classify(response.Status), response.Status, chain, null, requests, current, response);
        }
    }

    private static LinkClassification Classify(int status) => status switch
    {
        >= 200 and < 300 => LinkClassification.Ok,
        >= 500 => LinkClassification.ServerError,

        // A 3xx without a usable Location leads nowhere; 1xx never ends a request here. Both are the client's dead end.
        _ => LinkClassification.ClientError,
    };

    private async Task<HopResponse> SendAsync(
        IAPIRequestContext api, Uri url, string method, bool readPage, Action counted, CancellationToken cancellationToken)
    {
        counted();

        // Playwright takes no CancellationToken: the pipeline's timeout abandons the call, and the driver's own,
        // slightly longer timeout then ends it.
        var call = api.FetchAsync(url.AbsoluteUri, new APIRequestContextOptions
        {
            Method = method,
            MaxRedirects = 0,
            FailOnStatusCode = false,
            Timeout = (float)(traffic.Options.RequestTimeout + DriverGrace).TotalMilliseconds,
        });
        _ = call.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        var response = await call.WaitAsync(cancellationToken);
        try
        {
            var headers = response.Headers;
            var contentType = headers.GetValueOrDefault("content-type");
            byte[]? body = null;
            if (readPage && response.Ok && IsHtml(contentType) && !TooBig(headers))
            {
                body = await response.BodyAsync().WaitAsync(cancellationToken);
            }

            return new HopResponse(response.Status, headers.GetValueOrDefault("location"), contentType, body);
        }
        finally
        {
            await response.DisposeAsync();
        }
    }

    private bool TooBig(Dictionary<string, string> headers) =>
        headers.TryGetValue("content-length", out var length) && long.TryParse(length, out var bytes) && bytes > traffic.Options.MaxPageBytes;

    private static bool IsHtml(string? contentType) =>
        contentType is null || HtmlTypes.Any(t => contentType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
}
