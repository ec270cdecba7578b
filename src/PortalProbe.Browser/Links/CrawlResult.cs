namespace PortalProbe.Browser.Links;

/// <summary>The pages a crawl visited and the distinct links found on them, in the order found.</summary>
public sealed record CrawlResult(IReadOnlyList<CrawledPage> Pages, IReadOnlyList<FoundLink> Links);
