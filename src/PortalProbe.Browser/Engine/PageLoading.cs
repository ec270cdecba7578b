using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace PortalProbe.Browser.Engine;

/// <summary>
/// Stops whatever a page is still loading once its attempt has failed, as a citizen would press stop. While a
/// navigation to a portal that does not answer is pending, Chromium answers nothing about the page: reading its text
/// for a human gate, its screenshot and its HTML each waited out their whole timeout, and the hung attempt kept no
/// picture of the blank page it showed. Stopping changes nothing already judged, and nothing in the page's document.
/// </summary>
internal static class PageLoading
{
    public static async Task StopAsync(IPage page, ILogger logger)
    {
        try
        {
            var devTools = await page.Context.NewCDPSessionAsync(page);
            try
            {
                await devTools.SendAsync("Page.stopLoading");
            }
            finally
            {
                await devTools.DetachAsync();
            }
        }
        catch (PlaywrightException e)
        {
            EngineLog.CleanUpFailed(logger, "stopping the page loading", BrowserSession.FirstLine(e.Message));
        }
    }
}
