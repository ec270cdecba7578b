using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Links;

/// <summary>One request for a link's path, with everything needed to answer it as the link's behaviour says.</summary>
internal sealed record LinkRequest(PortalPersonality Owner, PortalLink Link, int Attempt, string SiteName, string? JumpTarget);

/// <summary>Answers a request for a link's path on a portal or an external site, as its <see cref="LinkBehaviour"/> says.</summary>
internal static class LinkResponder
{
    public static async Task RespondAsync(HttpContext http, LinkRequest request)
    {
        var link = request.Link;
        var isHead = HttpMethods.IsHead(http.Request.Method);
        switch (link.Behaviour)
        {
            case LinkBehaviour.NotFound:
                await Status(http, request, StatusCodes.Status404NotFound, "页面不存在", "您访问的页面不存在或已被删除。");
                return;
            case LinkBehaviour.ServerError:
                await Status(http, request, StatusCodes.Status500InternalServerError, "系统错误", "系统繁忙，请稍后再试。");
                return;
            case LinkBehaviour.RedirectChain:
                await RedirectChainAsync(http, request);
                return;
            case LinkBehaviour.RedirectLoop:
                http.Response.StatusCode = StatusCodes.Status302Found;
                http.Response.Headers.Location = http.Request.Query.ContainsKey("loop") ? link.Path : link.Path + "?loop=1";
                return;
            case LinkBehaviour.ExternalJumpFails:
                await JumpPageAsync(http, request);
                return;
            case LinkBehaviour.Hang:
                await HangAsync(http);
                return;
            case LinkBehaviour.Slow:
                await Task.Delay(link.SlowDelayMs, http.RequestAborted);
                break;
            case LinkBehaviour.HeadMethodNotAllowed when isHead:
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = "GET";
                return;
            case LinkBehaviour.HeadNotFound when isHead:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            case LinkBehaviour.Intermittent
                when FaultSchedule.Fails(request.Owner.Faults.Seed, request.Owner.CityCode, link.Path, request.Attempt, request.Owner.Faults.IntermittentPercent):
                await Status(http, request, StatusCodes.Status503ServiceUnavailable, "服务暂不可用", "服务器繁忙，请稍后刷新重试。");
                return;
        }

        await Content(http, request, StatusCodes.Status200OK, $"<p class=\"content\">{Html.Encode(link.Text)}：本栏目信息由{Html.Encode(request.SiteName)}发布。</p>");
    }

    private static Task RedirectChainAsync(HttpContext http, LinkRequest request)
    {
        var hop = http.Request.Query["hop"].FirstOrDefault();
        var path = request.Link.Path;
        switch (hop)
        {
            case null:
                http.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                http.Response.Headers.Location = path + "?hop=2";
                return Task.CompletedTask;
            case "2":
                http.Response.StatusCode = StatusCodes.Status302Found;
                http.Response.Headers.Location = path + "?hop=3";
                return Task.CompletedTask;
            default:
                return Content(http, request, StatusCodes.Status200OK, $"<p class=\"content\">{Html.Encode(request.Link.Text)}（页面已迁移至新地址）</p>");
        }
    }

    private static Task JumpPageAsync(HttpContext http, LinkRequest request)
    {
        var target = Html.Encode(request.JumpTarget ?? "/");
        var body = $"""
            <meta http-equiv="refresh" content="2;url={target}">
            <p id="jump-notice">您即将离开{Html.Encode(request.SiteName)}，前往外部网站“{Html.Encode(request.Link.Text)}”。</p>
            <p><a id="jump-link" href="{target}">立即跳转</a></p>
            """;
        return Content(http, request, StatusCodes.Status200OK, body);
    }

    private static async Task HangAsync(HttpContext http)
    {
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, hang.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the host is stopping.
        }

        http.Abort();
    }

    private static Task Status(HttpContext http, LinkRequest request, int status, string heading, string message) =>
        Write(http, status, PlainPage.Render(request.SiteName, $"{status} {heading}", $"<p id=\"error-message\">{Html.Encode(message)}</p>"));

    private static Task Content(HttpContext http, LinkRequest request, int status, string body) =>
        Write(http, status, PlainPage.Render(request.SiteName, request.Link.Text, body));

    private static Task Write(HttpContext http, int status, string html) =>
        PageResult.Html(html, status).ExecuteAsync(http);
}
