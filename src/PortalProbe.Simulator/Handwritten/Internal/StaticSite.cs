using System.Text;
using Microsoft.AspNetCore.Http;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// Serves a hand-written portal's <c>site/</c> folder: GET and HEAD only, a folder's index.html or index.htm, the
/// site's own 404 page for anything else. Text files have <c>{{port}}</c> replaced by the port being served, so
/// that hand-written links to external sites can name their loopback address and the run's port.
/// </summary>
internal static class StaticSite
{
    public const string PortPlaceholder = "{{port}}";
    private static readonly string[] Indexes = ["index.html", "index.htm"];
    private static readonly string[] NotFoundPages = ["404.html", "404.htm"];

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".htm"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".gif"] = "image/gif",
        [".ico"] = "image/x-icon",
    };

    public static async Task ServeAsync(HandwrittenRequest request)
    {
        var http = request.Http;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD";
            await NotFoundAsync(request, StatusCodes.Status405MethodNotAllowed);
            return;
        }

        var file = Resolve(request.Portal.SiteRoot, http.Request.Path.Value ?? "/");
        if (file is null)
        {
            await NotFoundAsync(request, StatusCodes.Status404NotFound);
            return;
        }

        await WriteFileAsync(request, file, StatusCodes.Status200OK);
    }

    /// <summary>The site's own 404 page (with <paramref name="status"/>), or a bare one when it has none.</summary>
    public static async Task NotFoundAsync(HandwrittenRequest request, int status)
    {
        var page = NotFoundPages.Select(p => Path.Combine(request.Portal.SiteRoot, p)).FirstOrDefault(File.Exists);
        if (page is not null)
        {
            await WriteFileAsync(request, page, status);
            return;
        }

        request.Http.Response.StatusCode = status;
        request.Http.Response.ContentType = "text/plain; charset=utf-8";
        await request.Http.Response.WriteAsync(status == StatusCodes.Status404NotFound ? "404 页面不存在" : "405 请求方式不支持", request.Aborted);
    }

    /// <summary>The file for a request path inside <paramref name="root"/>, or null; never a file outside it.</summary>
    internal static string? Resolve(string root, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s.Contains('\\', StringComparison.Ordinal) || s.Contains(':', StringComparison.Ordinal) || s.Contains('\0', StringComparison.Ordinal)))
        {
            return null;
        }

        var fullRoot = Path.GetFullPath(root);
        var candidate = Path.GetFullPath(Path.Combine([fullRoot, .. segments]));
        if (candidate != fullRoot && !candidate.StartsWith(fullRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            return Indexes.Select(i => Path.Combine(candidate, i)).FirstOrDefault(File.Exists);
        }

        return !path.EndsWith('/') && File.Exists(candidate) ? candidate : null;
    }

    private static async Task WriteFileAsync(HandwrittenRequest request, string file, int status)
    {
        var http = request.Http;
        var type = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        var bytes = await File.ReadAllBytesAsync(file, request.Aborted);
        if (type.Contains("charset=utf-8", StringComparison.Ordinal))
        {
            var port = request.Runtime.Context.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(PortPlaceholder, port, StringComparison.Ordinal));
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        http.Response.ContentLength = bytes.Length;
        http.Response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, request.Aborted);
        }
    }
}
