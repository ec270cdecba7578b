using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Links;

/// <summary>
/// An external site: its home page, the portals' links into it (answered as each link's behaviour says),
/// 502 under <see cref="UnavailablePrefix"/> (where failing jump pages lead) and 404 elsewhere.
/// </summary>
internal static class ExternalSitePages
{
    public const string UnavailablePrefix = "/unavailable";

    public static async Task HandleAsync(HttpContext http, SiteRuntime site)
    {
        var path = http.Request.Path.Value ?? "/";
        var attempt = site.Attempts.Next(path);
        var name = site.Site.Name;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            await Write(http, StatusCodes.Status405MethodNotAllowed, PlainPage.Render(name, "405 请求方式不支持", ""));
        }
        else if (path == "/")
        {
            await Write(http, StatusCodes.Status200OK, PlainPage.Render(name, name, "<p class=\"content\">欢迎访问。本站提供政务服务事项办理与查询。</p>"));
        }
        else if (site.Links.TryGetValue(path, out var entry))
        {
            await LinkResponder.RespondAsync(http, new LinkRequest(entry.Owner, entry.Link, attempt, name, JumpTarget: null));
        }
        else if (path.StartsWith(UnavailablePrefix + "/", StringComparison.Ordinal))
        {
            await Write(http, StatusCodes.Status502BadGateway, PlainPage.Render(name, "502 Bad Gateway", "<p id=\"error-message\">该页面暂时无法访问。</p>"));
        }
        else
        {
            await Write(http, StatusCodes.Status404NotFound, PlainPage.Render(name, "404 页面不存在", "<p id=\"error-message\">您访问的页面不存在。</p>"));
        }
    }

    private static Task Write(HttpContext http, int status, string html) => PageResult.Html(html, status).ExecuteAsync(http);
}
