namespace PortalProbe.Browser.Links;

/// <summary>Where a link was seen: in the HTML the server sent, on the page as Chromium rendered it, or both.</summary>
[Flags]
public enum LinkSources
{
    None = 0,

    /// <summary>In the served HTML (parsed with AngleSharp).</summary>
    Served = 1,

    /// <summary>On the rendered page (including links that scripts built).</summary>
    Rendered = 2,
}
