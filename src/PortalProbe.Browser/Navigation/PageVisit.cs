using Microsoft.Playwright;

namespace PortalProbe.Browser.Navigation;

/// <summary>How opening one page went: the HTTP status (null for a route inside a single-page app) or what went wrong.</summary>
internal sealed record PageVisit(Uri Url, int? Status, string? Problem)
{
    public bool Opened => Problem is null;

    /// <summary>What the first try met when the page was opened a second time (<see cref="PageOpener.OpenOrRetryAsync"/>), else null.</summary>
    public string? FirstTry { get; init; }

    /// <summary>A server error or a dropped connection: what a person would reload, unlike a 404 or a page that never came.</summary>
    public bool FailedTransiently =>
        !Opened && (Status >= 500 || (Status is null && DroppedConnection(Problem!)));

    private static bool DroppedConnection(string problem) =>
        problem.Contains("net::ERR_CONNECTION_", StringComparison.Ordinal) || problem.Contains("net::ERR_EMPTY_RESPONSE", StringComparison.Ordinal);

    /// <summary>The page's address as a person reads it (the fragment kept: single-page apps route by it).</summary>
    public override string ToString() => Url.ToString();
}

/// <summary>Opens pages in the scenario's own page, so the trace and the final screenshot show what was judged.</summary>
internal static class PageOpener
{
    /// <summary>The most a page is waited for to stop loading data after its load event (lists drawn by scripts).</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(2);

    /// <summary>Waits (up to about 3 s) until the page's text is the same twice 150 ms apart and no longer says it is loading.</summary>
    private const string SettledScript = """
        async () => {
          let last = null;
          for (let i = 0; i < 20; i++) {
            await new Promise(r => setTimeout(r, 150));
            const text = document.body ? document.body.innerText : '';
            if (text === last && !/加载中|正在加载|loading/i.test(text)) { return true; }
            last = text;
          }
          return false;
        }
        """;

    /// <summary>
    /// Opens the page like <see cref="OpenAsync"/>, and once more after <paramref name="pause"/> when the first try
    /// failed transiently (<see cref="PageVisit.FailedTransiently"/>), as a person reloads a page that answered 502; the
    /// second try's visit is returned with <see cref="PageVisit.FirstTry"/> saying what the first met. A 404 or a page
    /// that did not come within the timeout is not tried again.
    /// </summary>
    public static async Task<PageVisit> OpenOrRetryAsync(
        IPage page, Uri url, TimeSpan timeout, TimeSpan pause, TimeProvider time, CancellationToken cancellationToken)
    {
        var first = await OpenAsync(page, url, timeout, cancellationToken);
        if (!first.FailedTransiently)
        {
            return first;
        }

        await Task.Delay(pause, time, cancellationToken);
        return await OpenAsync(page, url, timeout, again: true, cancellationToken) with { FirstTry = first.Problem };
    }

    public static Task<PageVisit> OpenAsync(IPage page, Uri url, TimeSpan timeout, CancellationToken cancellationToken) =>
        OpenAsync(page, url, timeout, again: false, cancellationToken);

    /// <param name="again">
    /// A second try after a server error: the page is loaded afresh (reloaded when it shows the error page of the same
    /// document), never taken as a route of the document already shown, which would read the error page as opened.
    /// </param>
    private static async Task<PageVisit> OpenAsync(IPage page, Uri url, TimeSpan timeout, bool again, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // A route of a single-page app differs only in its fragment: the app draws it without loading the page
            // again (which a flaky home page might refuse), so the view is awaited until its text stops changing.
            var sameDocument = Uri.TryCreate(page.Url, UriKind.Absolute, out var current) && SameDocument(current, url);
            if (sameDocument && !again)
            {
                await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { Timeout = (float)timeout.TotalMilliseconds });
                await page.EvaluateAsync<bool>(SettledScript);
                return new PageVisit(url, null, null);
            }

            var response = sameDocument
                ? await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)timeout.TotalMilliseconds })
                : await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)timeout.TotalMilliseconds });
            await SettleAsync(page, timeout);
            var status = response?.Status;
            return status >= 400 ? new PageVisit(url, status, $"HTTP {status}") : new PageVisit(url, status, null);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return new PageVisit(url, null, FirstLine(e.Message));
        }
    }

    /// <summary>True when the two addresses name the same document and differ at most in their fragment.</summary>
    public static bool SameDocument(Uri a, Uri b) =>
        string.Equals(a.GetLeftPart(UriPartial.Query), b.GetLeftPart(UriPartial.Query), StringComparison.Ordinal);

    private static async Task SettleAsync(IPage page, TimeSpan timeout)
    {
        try
        {
            var settle = timeout < SettleLimit ? timeout : SettleLimit;
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = (float)settle.TotalMilliseconds });
        }
        catch (TimeoutException)
        {
            // A page that keeps polling never goes idle; it is read as it stands.
        }
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
