namespace PortalProbe.Browser.Navigation;

/// <summary>
/// Something on a rendered page a citizen can follow or press: a link, an ARIA link or button, a tile with a target
/// in <c>data-go</c>/<c>data-href</c>/<c>data-url</c>, or a search field.
/// </summary>
/// <param name="Text">What it says: its visible text, title and ARIA label, whitespace collapsed.</param>
/// <param name="Target">Where it leads, when the page says so (an href or a data attribute); null for a button that only runs a script.</param>
/// <param name="IsSearchField">A text input meant for a site search (type=search, or named or labelled 搜索/检索/关键词/search).</param>
internal sealed record PageControl(string Text, Uri? Target, bool IsSearchField);
