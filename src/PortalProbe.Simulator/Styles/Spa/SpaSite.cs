using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles.Spa;

/// <summary>
/// A single-page portal: the shell page (the same HTML for every route; the script draws the view) and its JSON API.
/// A WeChat-only portal shows 「请在微信客户端打开」 to a browser without "MicroMessenger" in its user agent.
/// </summary>
internal sealed class SpaSite(SpaFlavour flavour) : IStyleSite
{
    public const string OAuthPath = "/wx/oauth/authorize";

    public async Task HandleAsync(HttpContext http, PortalRuntime runtime)
    {
        var path = http.Request.Path.Value ?? "/";
        var portal = runtime.Personality;
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        if (portal.WechatOnly && !IsWechat(http.Request))
        {
            await (path.StartsWith(flavour.ApiPrefix + "/", StringComparison.Ordinal)
                ? TypedResults.Json(new { ok = false, message = "请在微信客户端打开" }, statusCode: StatusCodes.Status403Forbidden)
                : PageResult.Html(SpaShell.OpenInWechat(portal))).ExecuteAsync(http);
            return;
        }

        if (path.StartsWith(flavour.ApiPrefix + "/", StringComparison.Ordinal))
        {
            await SpaApi.HandleAsync(http, runtime, path[flavour.ApiPrefix.Length..]);
            return;
        }

        IResult result;
        if (!read)
        {
            result = IsShell(path) || path == OAuthPath
                ? ErrorPage.Result(portal, StatusCodes.Status405MethodNotAllowed)
                : ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }
        else if (flavour == SpaFlavour.Wechat && path == OAuthPath && portal.Registration == RegistrationMode.WechatOAuth)
        {
            result = PageResult.Html(SpaShell.OpenInWechat(portal, "该服务需要微信网页授权登录。"));
        }
        else if (flavour == SpaFlavour.App && path == "/")
        {
            result = TypedResults.Redirect(flavour.ShellBase);
        }
        else if (IsShell(path))
        {
            if (path == flavour.ShellBase && portal.Has(PortalFaults.Home))
            {
                result = ErrorPage.Result(portal, StatusCodes.Status503ServiceUnavailable);
            }
            else
            {
                result = PageResult.Html(SpaShell.Render(runtime, flavour));
            }
        }
        else
        {
            result = ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        await result.ExecuteAsync(http);
    }

    /// <summary>True for the paths that serve the shell: / and /index.html (WeChat), /app and /app/{function} (App).</summary>
    private bool IsShell(string path)
    {
        if (flavour == SpaFlavour.Wechat)
        {
            return path is "/" or "/index.html";
        }

        if (path is "/app" or "/app/")
        {
            return true;
        }

        var rest = path.StartsWith("/app/", StringComparison.Ordinal) ? path[5..].TrimEnd('/') : null;
        return rest is not null && PortalMarkup.Functions.Contains(rest);
    }

    private static bool IsWechat(HttpRequest request) =>
        request.Headers.UserAgent.ToString().Contains("MicroMessenger", StringComparison.OrdinalIgnoreCase);
}
