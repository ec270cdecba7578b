using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Http = Microsoft.AspNetCore.Http.Results;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// A "portal" that answers garbage, as broken real servers do, on one loopback address: an empty page
/// (<c>/empty</c>), GBK bytes sent as UTF-8 (<c>/mojibake/</c>, whose two links work), bytes that are no HTML at
/// all (<c>/noise</c>), a redirect to itself for ever (<c>/loop</c>), a page that never answers (<c>/hang</c>) and
/// one that never finishes loading (<c>/unfinished</c>, whose image is <c>/hang</c>), linked from <c>/to-unfinished</c>.
/// </summary>
internal sealed class GarbagePortal : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GarbagePortal(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<GarbagePortal> StartAsync(string address)
    {
        var app = LoopbackApp.Build(address);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(
            "<html><head><title>12345热线</title></head><body><p>相关链接</p>"
            + "<a href=\"/mojibake/a.html\">通知公告</a> <a href=\"/mojibake/b.html\">政策文件</a></body></html>");
        app.MapGet("/empty", () => Http.Content("", "text/html"));
        app.MapGet("/mojibake/", () => Http.Bytes(gbk, "text/html; charset=utf-8"));
        app.MapGet("/mojibake/{page}", (string page) => Http.Content($"<html><body>{page}</body></html>", "text/html"));
        app.MapGet("/noise", () => Http.Bytes([.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7) % 256))], "text/html"));
        app.MapGet("/loop", () => Http.Redirect("/loop"));
        app.MapGet("/to-unfinished", () => Http.Content("<html><body><a id=\"go\" href=\"/unfinished\">办事指南</a></body></html>", "text/html"));
        app.MapGet("/unfinished", () => Http.Content("<html><body><p>办事指南</p><img src=\"/hang\"></body></html>", "text/html"));
        app.MapGet("/hang", async (HttpContext http) =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
            return Http.Ok();
        });
        await app.StartAsync();
        return new GarbagePortal(app, LoopbackApp.PortOf(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
