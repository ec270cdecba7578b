using System.Globalization;
using System.Net;
using System.Text;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// Escaping for the report's pages. Everything from a portal or a script is untrusted text: it goes through
/// <see cref="E"/> (text and attribute values alike), never straight into markup.
/// </summary>
internal static class Html
{
    /// <summary>The text HTML-encoded for element content and quoted attribute values (&lt; &gt; &amp; " ' all encoded).</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string E(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fragment id made only of ASCII letters, digits and dashes, so it needs no escaping anywhere.</summary>
    public static string Id(params string[] parts)
    {
        var id = new StringBuilder();
        foreach (var part in parts)
        {
            if (id.Length > 0)
            {
                id.Append('-');
            }

            foreach (var c in part)
            {
                id.Append(char.IsAsciiLetterOrDigit(c) ? c : c < 128 ? '_' : 'u');
                if (c >= 128)
                {
                    id.Append(((int)c).ToString("x", CultureInfo.InvariantCulture));
                }
            }
        }

        return id.ToString();
    }

    public static string Percent(double ratio) => (ratio * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
