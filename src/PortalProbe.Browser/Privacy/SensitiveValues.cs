using System.Net;
using System.Text;
using System.Text.Encodings.Web;

namespace PortalProbe.Browser.Privacy;

/// <summary>
/// The secret values and sensitively typed values of one run. Every text that leaves the browser for logs,
/// the database or evidence passes through <see cref="Redact"/>, which also knows the encoded forms a value
/// takes in HTML, JSON, URLs and form posts.
/// </summary>
public sealed partial class SensitiveValues
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

    /// <summary>
    /// Redacts bytes that are not UTF-8 text (a GBK page, a form posted in GBK): every ASCII form of each value and
    /// its GBK bytes, raw and percent-encoded, are replaced byte for byte; other bytes are left untouched.
    /// </summary>
    public byte[] RedactLegacyBytes(byte[] bytes)
    {
        var values = Values;
        if (values.Count == 0)
        {
            return bytes;
        }

        // Latin-1 maps every byte to one char and back, so string replacement works on raw bytes.
        var text = Encoding.Latin1.GetString(bytes);
        var mask = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Mask));
        var forms = values.SelectMany(LegacyByteForms).Distinct(StringComparer.Ordinal).OrderByDescending(f => f.Length);
        var builder = new StringBuilder(text);
        foreach (var form in forms)
        {
            builder.Replace(form, mask);
        }

        var redacted = builder.ToString();
        return redacted == text ? bytes : Encoding.Latin1.GetBytes(redacted);
    }

    private static IEnumerable<string> LegacyByteForms(string value)
    {
        var gbk = Gbk.GetBytes(value);
        var asBytes = Encoding.Latin1.GetString(gbk);
        return EncodedForms(value)
            .Where(f => f.All(char.IsAscii))
            .Append(asBytes)
            .Append(PercentEncodeBytes(gbk, FormSafe, spaceAsPlus: true))
            .Append(PercentEncodeBytes(gbk, ComponentSafe, spaceAsPlus: false))
            .Where(f => f.Length > 0);
    }

    private static readonly Encoding Gbk = LoadGbk();

    private static Encoding LoadGbk()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    }

    /// <summary>True when <paramref name="text"/> contains a registered value (a secret reached through a variable).</summary>
    public bool Covers(string text) => Values.Any(v => text.Contains(v, StringComparison.Ordinal));

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
        string[] forms =
        [
            value,
            WebUtility.HtmlEncode(value),
            Uri.EscapeDataString(value),
            WebUtility.UrlEncode(value),
            PercentEncode(value, FormSafe, spaceAsPlus: true),      // browsers' form posts and URLSearchParams
            PercentEncode(value, ComponentSafe, spaceAsPlus: false), // JavaScript's encodeURIComponent
            JavaScriptEncoder.Default.Encode(value),
            JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value),
        ];

        // Servers and libraries also write escapes in lower case (%e5%8f, \u5e02).
        return forms.Concat(forms.Select(LowerEscapes));
    }

    private const string FormSafe = "*-._";

    private const string ComponentSafe = "-_.!~*'()";

    private static string PercentEncode(string value, string safe, bool spaceAsPlus) =>
        PercentEncodeBytes(Encoding.UTF8.GetBytes(value), safe, spaceAsPlus);

    private static string PercentEncodeBytes(byte[] bytes, string safe, bool spaceAsPlus)
    {
        var text = new StringBuilder();
        foreach (var b in bytes)
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || safe.Contains(c, StringComparison.Ordinal)))
            {
                text.Append(c);
            }
            else if (spaceAsPlus && c == ' ')
            {
                text.Append('+');
            }
            else
            {
                text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return text.ToString();
    }

    private static string LowerEscapes(string form) =>
        EscapeRun().Replace(form, m => m.Value.ToLowerInvariant());

    [System.Text.RegularExpressions.GeneratedRegex(@"%[0-9A-F]{2}|\\u[0-9A-F]{4}")]
    private static partial System.Text.RegularExpressions.Regex EscapeRun();
}
