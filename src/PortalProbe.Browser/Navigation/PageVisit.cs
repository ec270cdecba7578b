using Microsoft.Playwright;

namespace PortalProbe.Browser.Navigation;

/// <summary>How opening one page went: the HTTP status (null for a route inside a single-page app) or what went wrong.</summary>
internal sealed record PageVisit(Uri Url, int? Status, string? Problem)
{
    public bool Opened => Problem is null;

    /// <summary>The page's address as a person reads it (the fragment kept: single-page apps route by it).</summary>
    public override string ToString() => Url.ToString();
}

/// <summary>Opens pages in the scenario's own page, so the trace and the final screenshot show what was judged.</summary>
internal static class PageOpener
{
    /// <summary>The most a page is waited for to stop loading data after its load event (lists drawn by scripts).</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(2);

    public static async Task<PageVisit> OpenAsync(IPage page, Uri url, TimeSpan timeout, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // A route of a single-page app differs only in its fragment; going there directly would not reload
            // the page, and the view drawn after the app's data arrives would be missed. Start it afresh.
            if (Uri.TryCreate(page.Url, UriKind.Absolute, out var current) && SameDocument(current, url))
            {
                await page.GotoAsync("about:blank");
            }

            var response = await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions
            {
                WaitUntil = WaitUntilState.Load,
                Timeout = (float)timeout.TotalMilliseconds,
            });
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
