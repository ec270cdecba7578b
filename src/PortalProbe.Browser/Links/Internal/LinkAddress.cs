namespace PortalProbe.Browser.Links.Internal;

/// <summary>Turns an href into the absolute http(s) URL that is checked, without its fragment; other schemes are not links to check.</summary>
internal static class LinkAddress
{
    public static Uri? Resolve(Uri page, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(page, href.Trim(), out var url))
        {
            return null;
        }

        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            return null;
        }

        return string.IsNullOrEmpty(url.Fragment) ? url : new UriBuilder(url) { Fragment = "" }.Uri;
    }

    public static bool SameHost(Uri a, Uri b) => string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase);

    /// <summary>Pages worth opening for more links: not documents, images or archives, which are only checked.</summary>
    public static bool LooksLikePage(Uri url)
    {
        var extension = Path.GetExtension(url.AbsolutePath);
        return extension.Length == 0 || !NotPages.Contains(extension);
    }

    private static readonly HashSet<string> NotPages = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".zip", ".rar", ".7z",
        ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".svg", ".webp", ".mp4", ".mp3", ".avi", ".apk", ".exe",
    };
}
