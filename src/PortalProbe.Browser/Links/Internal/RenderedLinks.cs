using Microsoft.Playwright;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// The links of a page as Chromium shows it, in every frame, including those scripts built after load: the page is
/// given a short while to go network-idle, and whatever it shows then is what a citizen would see.
/// </summary>
internal static class RenderedLinks
{
    /// <summary>The most a page is waited for to stop loading data after its load event.</summary>
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(3);

    private const string Hrefs = "els => els.map(e => e.href).filter(h => typeof h === 'string')";

    public static async Task<IReadOnlyList<Uri>> FindAsync(IBrowserContext context, Uri url, TimeSpan timeout)
    {
        var page = await context.NewPageAsync();
        try
        {
            await page.GotoAsync(url.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = (float)timeout.TotalMilliseconds });
            try
            {
                var settle = timeout < SettleLimit ? timeout : SettleLimit;
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new PageWaitForLoadStateOptions { Timeout = (float)settle.TotalMilliseconds });
            }
            catch (TimeoutException)
            {
                // A page that keeps polling never goes idle; its links are read as they stand.
            }

            var links = new List<Uri>();
            foreach (var frame in page.Frames)
            {
                var hrefs = await frame.EvalOnSelectorAllAsync<string[]>("a[href], area[href]", Hrefs);
                var frameUrl = Uri.TryCreate(frame.Url, UriKind.Absolute, out var f) ? f : url;
                links.AddRange(hrefs.Select(h => LinkAddress.Resolve(frameUrl, h)).OfType<Uri>());
            }

            return links;
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
