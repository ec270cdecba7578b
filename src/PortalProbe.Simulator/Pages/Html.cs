using System.Text;

namespace PortalProbe.Simulator.Pages;

/// <summary>
/// HTML text encoding that leaves Chinese characters as they are (HtmlEncoder.Default would turn them into
/// numeric references, which a person reading the page source could not search).
/// </summary>
internal static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
