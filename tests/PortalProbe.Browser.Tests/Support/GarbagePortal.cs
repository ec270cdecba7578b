using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Http = Microsoft.AspNetCore.Http.Results;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// A "portal" that answers garbage, as broken real servers do, on one loopback address: an empty page
/// (<c>/empty</c>), GBK bytes sent as UTF-8 (<c>/mojibake/</c>, whose two links work), bytes that are no HTML at
/// all (<c>/noise</c>), a redirect to itself for ever (<c>/loop</c>) and a page that never answers (<c>/hang</c>).
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
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0)).UseShutdownTimeout(TimeSpan.FromSeconds(1));
        var app = builder.Build();
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes(
            "<html><head><title>12345热线</title></head><body><p>相关链接</p>"
            + "<a href=\"/mojibake/a.html\">通知公告</a> <a href=\"/mojibake/b.html\">政策文件</a></body></html>");
        app.MapGet("/empty", () => Http.Content("", "text/html"));
        app.MapGet("/mojibake/", () => Http.Bytes(gbk, "text/html; charset=utf-8"));
        app.MapGet("/mojibake/{page}", (string page) => Http.Content($"<html><body>{page}</body></html>", "text/html"));
        app.MapGet("/noise", () => Http.Bytes([.. Enumerable.Range(0, 4096).Select(i => (byte)((i * 7) % 256))], "text/html"));
        app.MapGet("/loop", () => Http.Redirect("/loop"));
        app.MapGet("/hang", async (HttpContext http) =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted);
            return Http.Ok();
        });
        await app.StartAsync();
        return new GarbagePortal(app, new Uri(app.Urls.First()).Port);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
