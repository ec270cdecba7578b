namespace PortalProbe.Simulator.Disclosure;

/// <summary>One entry of a published list: its title and, unless the list is undated, its publication date.</summary>
internal sealed record DisclosureItem(string Title, DateOnly? Published, string Summary);
