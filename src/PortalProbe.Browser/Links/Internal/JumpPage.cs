using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// Recognises a "you are about to leave this site" page (跳转页): a meta refresh with a URL, or a script that sets
/// <c>location</c> to another host. Its target is where the link really leads, so it is followed one level. A script
/// that sends the browser elsewhere on the same site is not a jump page: single-page apps carry such code for routing
/// and authorisation (WeChat OAuth) in every page, to run only when the user asks.
/// </summary>
internal static partial class JumpPage
{
    public static Uri? Target(IDocument document, Uri page)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var meta in document.QuerySelectorAll("meta[http-equiv]"))
        {
            if (string.Equals(meta.GetAttribute("http-equiv")?.Trim(), "refresh", StringComparison.OrdinalIgnoreCase)
                && RefreshUrl().Match(meta.GetAttribute("content") ?? "") is { Success: true } refresh
                && Different(LinkAddress.Resolve(page, refresh.Groups["url"].Value), page) is { } target)
            {
                return target;
            }
        }

        foreach (var script in document.QuerySelectorAll("script:not([src])"))
        {
            if (ScriptJump().Match(script.TextContent) is { Success: true } jump
                && Different(LinkAddress.Resolve(page, jump.Groups["url"].Value), page) is { } target
                && !LinkAddress.SameHost(target, page))
            {
                return target;
            }
        }

        return null;
    }

    private static Uri? Different(Uri? target, Uri page) => target is not null && target != page ? target : null;

    [GeneratedRegex("""^\s*\d*(\.\d+)?\s*[;,]\s*(url\s*=\s*)?["']?(?<url>[^"']+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefreshUrl();

    [GeneratedRegex("""(?:window\.|document\.|top\.|self\.)?location(?:\.href)?\s*=\s*["'](?<url>[^"']+)["']|location\.(?:replace|assign)\(\s*["'](?<url>[^"']+)["']""", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptJump();
}
