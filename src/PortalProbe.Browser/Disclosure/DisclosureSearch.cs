using PortalProbe.Browser.Navigation;

namespace PortalProbe.Browser.Disclosure;

/// <summary>
/// Where the search for a disclosure column ended: the page found (null when none), the control's text that led
/// there, every page looked at, and the columns found that did not open.
/// </summary>
internal sealed record DisclosureSearch(PageVisit? Found, string? Label, IReadOnlyList<PageVisit> Visited, IReadOnlyList<PageVisit> Broken);
