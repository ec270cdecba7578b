using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// Searches every file under a folder, and every entry of every zip in it, for the forms a secret value takes
/// on its way through pages, requests and traces. Independent of the engine's own list of forms on purpose.
/// </summary>
internal static class LeakScanner
{
    /// <summary>Where a form of a value was found: "file", or "file!entry" inside a zip.</summary>
    public sealed record Leak(string Where, string Form, string How)
    {
        public override string ToString() => $"{Where}: {How} \"{Form}\"";
    }

    public static IReadOnlyList<(string Form, string How)> FormsOf(string value) =>
    [
        .. new (string Form, string How)[]
        {
            (value, "raw"),
            (WebUtility.HtmlEncode(value), "HTML-encoded"),
            (Uri.EscapeDataString(value), "URL-encoded (RFC 3986)"),
            (WebUtility.UrlEncode(value), "URL-encoded (+ for space)"),
            (FormUrlEncode(value), "URL-encoded as a browser's form post"),
            (EncodeUriComponent(value), "URL-encoded by encodeURIComponent"),
            (JavaScriptEncoder.Default.Encode(value), "JSON-escaped"),
            (JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(value), "JSON-escaped (relaxed)"),
        }.DistinctBy(f => f.Form),
    ];

    public static IReadOnlyList<Leak> Scan(string root, IEnumerable<string> values)
    {
        var forms = values.SelectMany(FormsOf).ToList();
        var leaks = new List<Leak>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            ScanBytes(Path.GetRelativePath(root, file), File.ReadAllBytes(file), forms, leaks);
        }

        return leaks;
    }

    /// <summary>Every file under <paramref name="root"/> and every zip entry inside them, for a test to show what it searched.</summary>
    public static IReadOnlyList<string> Inventory(string root)
    {
        var names = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(root, file);
            names.Add(name);
            var bytes = File.ReadAllBytes(file);
            if (IsZip(bytes))
            {
                using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
                names.AddRange(zip.Entries.Select(e => $"{name}!{e.FullName}"));
            }
        }

        return names;
    }

    private static void ScanBytes(string where, byte[] bytes, List<(string Form, string How)> forms, List<Leak> leaks)
    {
        foreach (var (form, how) in forms)
        {
            if (bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(form)) >= 0)
            {
                leaks.Add(new Leak(where, form, how));
            }
        }

        if (!IsZip(bytes))
        {
            return;
        }

        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            ScanBytes($"{where}!{entry.FullName}", content.ToArray(), forms, leaks);
        }
    }

    private static bool IsZip(byte[] bytes) => bytes.AsSpan().StartsWith("PK\x03\x04"u8);

    /// <summary>application/x-www-form-urlencoded as the WHATWG URL standard (and so every browser) writes it.</summary>
    private static string FormUrlEncode(string value) => PercentEncode(value, b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'*' or (byte)'-' or (byte)'.' or (byte)'_', spaceAsPlus: true);

    /// <summary>JavaScript's encodeURIComponent.</summary>
    private static string EncodeUriComponent(string value) =>
        PercentEncode(value, b => char.IsAsciiLetterOrDigit((char)b) || "-_.!~*'()".Contains((char)b, StringComparison.Ordinal), spaceAsPlus: false);

    private static string PercentEncode(string value, Func<byte, bool> keep, bool spaceAsPlus)
    {
        var text = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x80 && keep(b))
            {
                text.Append((char)b);
            }
            else if (b == (byte)' ' && spaceAsPlus)
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
}
