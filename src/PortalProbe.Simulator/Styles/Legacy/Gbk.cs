using System.Text;
using Microsoft.AspNetCore.Http;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>
/// GBK, the encoding of old Chinese government sites: pages are sent in it, and browsers send form fields and
/// query strings back percent-encoded in it, which ASP.NET Core's form reader (UTF-8 only) would garble.
/// </summary>
internal static class Gbk
{
    public const string HtmlContentType = "text/html; charset=GBK";

    /// <summary>The largest form body read; bigger ones are refused with 413 by Kestrel's own limit first.</summary>
    private const int MaxBodyBytes = 64 * 1024;

    public static Encoding Encoding { get; } = Load();

    public static IResult Html(string html, int statusCode = StatusCodes.Status200OK) => new StatusBytes(Encoding.GetBytes(html), statusCode);

    /// <summary>The query string's fields, decoded as GBK; malformed escapes are kept as typed.</summary>
    public static IReadOnlyDictionary<string, string> Query(HttpRequest request) =>
        Parse(Encoding.ASCII.GetBytes((request.QueryString.Value ?? "").TrimStart('?')));

    /// <summary>A url-encoded form body decoded as GBK, or null when the request is not such a form or is too big.</summary>
    public static async Task<IReadOnlyDictionary<string, string>?> ReadFormAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType
            || !request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Parse(buffer.ToArray());
    }

    /// <summary>The field's value, trimmed and capped like <see cref="Pages.FormInput.Value"/>; empty when absent.</summary>
    public static string Value(IReadOnlyDictionary<string, string> fields, string name)
    {
        var value = fields.TryGetValue(name, out var v) ? v.Trim() : "";
        return value.Length > Pages.FormInput.MaxFieldLength ? value[..Pages.FormInput.MaxFieldLength] : value;
    }

    /// <summary>Percent-encodes <paramref name="text"/> in GBK, as a browser does for a GBK page's form.</summary>
    public static string UrlEncode(string text) => System.Web.HttpUtility.UrlEncode(text, Encoding);

    private static Dictionary<string, string> Parse(byte[] raw)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in Split(raw))
        {
            var eq = Array.IndexOf(pair, (byte)'=');
            var name = Decode(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Decode(pair[(eq + 1)..]);
            fields.TryAdd(name, value);
        }

        return fields;
    }

    private static IEnumerable<byte[]> Split(byte[] raw)
    {
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i == raw.Length || raw[i] == (byte)'&')
            {
                if (i > start)
                {
                    yield return raw[start..i];
                }

                start = i + 1;
            }
        }
    }

    private static string Decode(byte[] escaped)
    {
        var bytes = new List<byte>(escaped.Length);
        for (var i = 0; i < escaped.Length; i++)
        {
            var b = escaped[i];
            if (b == (byte)'+')
            {
                bytes.Add((byte)' ');
            }
            else if (b == (byte)'%' && i + 2 < escaped.Length && IsHex(escaped[i + 1]) && IsHex(escaped[i + 2]))
            {
                bytes.Add((byte)((HexValue(escaped[i + 1]) << 4) | HexValue(escaped[i + 2])));
                i += 2;
            }
            else
            {
                bytes.Add(b);
            }
        }

        return Encoding.GetString([.. bytes]);
    }

    private static bool IsHex(byte b) => b is (>= (byte)'0' and <= (byte)'9') or (>= (byte)'a' and <= (byte)'f') or (>= (byte)'A' and <= (byte)'F');

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;

    private static Encoding Load()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK");
    }

    /// <summary>GBK bytes with their status code.</summary>
    private sealed class StatusBytes(byte[] body, int statusCode) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            httpContext.Response.ContentType = HtmlContentType;
            httpContext.Response.ContentLength = body.Length;
            return httpContext.Response.Body.WriteAsync(body).AsTask();
        }
    }
}
