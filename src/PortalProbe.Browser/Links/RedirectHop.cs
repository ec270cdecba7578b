namespace PortalProbe.Browser.Links;

/// <summary>One request of a link's chain: the URL asked for, the method, and the status it answered (null when nothing answered).</summary>
public sealed record RedirectHop(Uri Url, string Method, int? Status);
