using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>The links in a served page's HTML, parsed with AngleSharp: <c>a[href]</c> and <c>area[href]</c>, resolved against the page (or its &lt;base&gt;).</summary>
internal static class ServedLinks
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static IReadOnlyList<Uri> Find(IDocument document, Uri page)
    {
        ArgumentNullException.ThrowIfNull(document);
        var baseUri = document.QuerySelector("base[href]")?.GetAttribute("href") is { } declared && Uri.TryCreate(page, declared.Trim(), out var b)
            ? b
            : page;
        return [.. document.QuerySelectorAll("a[href], area[href]")
            .Select(e => LinkAddress.Resolve(baseUri, e.GetAttribute("href")))
            .OfType<Uri>()];
    }
}
