namespace PortalProbe.Browser.Links;

/// <summary>A link the crawl found: where it points, the page it was first found on, and how far that page is from an entry page.</summary>
public sealed record FoundLink(Uri Url, Uri FoundOn, LinkKind Kind, int Depth, LinkSources Sources);
