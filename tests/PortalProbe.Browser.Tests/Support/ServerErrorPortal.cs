using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Http = Microsoft.AspNetCore.Http.Results;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>
/// A start page whose self-service links meet server errors, on one loopback address, counting the requests of
/// every path. <c>/</c> links a FAQ and an online consultation that work, hot questions that answer 404 and an
/// enterprise entrance that answers 502 on its first request only; <c>/down/</c> links a FAQ that works and an enterprise entrance that
/// always answers 503.
/// </summary>
internal sealed class ServerErrorPortal : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _requests;

    private ServerErrorPortal(WebApplication app, ConcurrentDictionary<string, int> requests)
    {
        _app = app;
        _requests = requests;
        Port = LoopbackApp.PortOf(app);
    }

    public int Port { get; }

    /// <summary>How many requests <paramref name="path"/> has had.</summary>
    public int Requests(string path) => _requests.GetValueOrDefault(path);

    public static async Task<ServerErrorPortal> StartAsync(string address)
    {
        var app = LoopbackApp.Build(address);
        var requests = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        app.Use(async (http, next) =>
        {
            requests.AddOrUpdate(http.Request.Path.Value ?? "/", 1, (_, n) => n + 1);
            await next(http);
        });
        app.MapGet("/", () => Page("""<a href="/faq.html">常见问题</a> <a href="/zx.html">在线咨询</a> <a href="/hot.html">热点问题</a> <a href="/qy.html">企业服务</a>"""));
        app.MapGet("/down/", () => Page("""<a href="/faq.html">常见问题</a> <a href="/down/qy.html">企业服务</a>"""));
        app.MapGet("/faq.html", () => Page("<h1>常见问题</h1>"));
        app.MapGet("/zx.html", () => Page("<h1>在线咨询</h1>"));
        app.MapGet("/hot.html", () => Http.NotFound());
        app.MapGet("/qy.html", () => requests["/qy.html"] == 1 ? Http.StatusCode(502) : Page("<h1>企业服务专区</h1>"));
        app.MapGet("/down/qy.html", () => Http.StatusCode(503));
        await app.StartAsync();
        return new ServerErrorPortal(app, requests);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Page(string body) =>
        Http.Content($"<!doctype html><html><head><meta charset=\"utf-8\"><title>12345热线</title></head><body>{body}</body></html>", "text/html; charset=utf-8");
}
