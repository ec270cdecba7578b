namespace PortalProbe.Browser.Links;

/// <summary>Whether a link stays on the portal's host or leaves it.</summary>
public enum LinkKind
{
    Internal,
    External,
}
