namespace PortalProbe.Browser.Links;

/// <summary>A page whose links the crawl collected: its depth, the served status, and how many links each view showed.</summary>
public sealed record CrawledPage(Uri Url, int Depth, int? Status, int ServedLinks, int RenderedLinks, string? Error);
