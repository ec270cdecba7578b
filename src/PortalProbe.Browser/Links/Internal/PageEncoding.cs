using System.Text;
using System.Text.RegularExpressions;

namespace PortalProbe.Browser.Links.Internal;

/// <summary>
/// Decodes a served page the way a browser would: the charset of the Content-Type header, else the
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> declaration in the first bytes, else UTF-8. Old government
/// sites send GBK, GB2312 or GB18030, which .NET knows only once the code-pages provider is registered.
/// </summary>
internal static partial class PageEncoding
{
    /// <summary>How far into the page a meta declaration is looked for (the HTML standard says 1024 bytes).</summary>
    private const int PrescanBytes = 1024;

    static PageEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] body, string? contentType) => Detect(body, contentType).GetString(body);

    public static Encoding Detect(byte[] body, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Charset(contentType) is { } declared && Lookup(declared) is { } fromHeader)
        {
            return fromHeader;
        }

        // Bytes above 0x7F do not change what ASCII-compatible encodings say in the first kilobyte.
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, PrescanBytes));
        var meta = MetaCharset().Match(head);
        return meta.Success && Lookup(meta.Groups["charset"].Value) is { } fromMeta ? fromMeta : Encoding.UTF8;
    }

    private static string? Charset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    private static Encoding? Lookup(string name)
    {
        var trimmed = name.Trim().Trim('"', '\'');

        // Browsers read GB2312 and GBK labels as GBK (the WHATWG encoding standard); GB18030 is a superset of both.
        if (trimmed.Equals("gb2312", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("x-gbk", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = "GBK";
        }

        try
        {
            return Encoding.GetEncoding(trimmed);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<charset>[\w.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderCharset();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[\w.:-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
