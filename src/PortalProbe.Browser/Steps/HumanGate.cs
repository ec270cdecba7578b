using Microsoft.Playwright;

namespace PortalProbe.Browser.Steps;

/// <summary>
/// Recognises pages that only a human can get past: WeChat OAuth (网页授权), image or slider captchas and
/// SMS codes sent to a real phone. A step that fails on such a page is manual, never fail.
/// </summary>
internal static class HumanGate
{
    private static readonly (string Marker, string Reason)[] Markers =
    [
        ("请在微信客户端打开", "the page only opens inside the WeChat client (WeChat OAuth)"),
        ("微信授权登录", "the page asks for WeChat authorisation (WeChat OAuth)"),
        ("网页授权", "the page asks for WeChat authorisation (WeChat OAuth)"),
        ("拖动滑块", "the page shows a slider captcha"),
        ("滑动验证", "the page shows a slider captcha"),
        ("请完成安全验证", "the page shows a security captcha"),
        ("图形验证码", "the page shows an image captcha"),
    ];

    /// <summary>The reason a human is needed on the current page, or null.</summary>
    public static async Task<string?> DetectAsync(IPage page)
    {
        string text;
        try
        {
            text = await page.Locator("body").InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2000 });
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return null;
        }

        foreach (var (marker, reason) in Markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return $"{reason} (\"{marker}\")";
            }
        }

        return null;
    }
}
