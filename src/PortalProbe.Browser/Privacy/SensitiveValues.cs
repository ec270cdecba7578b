using System.Net;
using System.Text;
using System.Text.Encodings.Web;

namespace PortalProbe.Browser.Privacy;

/// <summary>
/// The secret values and sensitively typed values of one run. Every text that leaves the browser for logs,
/// the database or evidence passes through <see cref="Redact"/>, which also knows the encoded forms a value
/// takes in HTML, JSON, URLs and form posts.
/// </summary>
public sealed class SensitiveValues
{
    public const string Mask = "●●●";

    private readonly Lock _gate = new();
    private readonly HashSet<string> _values = new(StringComparer.Ordinal);
    private string[] _forms = [];

    /// <summary>The plain values, longest first, for masking on screenshots.</summary>
    public IReadOnlyList<string> Values
    {
        get
        {
            lock (_gate)
            {
                return [.. _values.OrderByDescending(v => v.Length)];
            }
        }
    }

    public void Add(string? value)
    {
        // Very short values (a one-letter answer) would shred ordinary text; secrets are longer than that.
        if (string.IsNullOrEmpty(value) || value.Length < 3)
        {
            return;
        }

        lock (_gate)
        {
            if (_values.Add(value))
            {
                _forms = [.. _values.SelectMany(EncodedForms).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length)];
            }
        }
    }

    public string Redact(string text)
    {
        var forms = _forms;
        if (forms.Length == 0 || string.IsNullOrEmpty(text))
        {
            return text;
        }

        var builder = new StringBuilder(text);
        foreach (var form in forms)
        {
            builder.Replace(form, Mask);
        }

        return builder.ToString();
    }

    private static IEnumerable<string> EncodedForms(string value)
    {
        yield return value;
        yield return WebUtility.HtmlEncode(value);
        yield return Uri.EscapeDataString(value);
        yield return WebUtility.UrlEncode(value);
        yield return JavaScriptEncoder.Default.Encode(value);
        yield return JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value);
    }
}
