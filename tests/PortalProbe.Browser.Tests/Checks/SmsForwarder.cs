using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// A stand-in for an SMS-forwarding service on 127.0.0.1: answers <c>GET /sms?phone=</c> with 404 for the first
/// <c>missesFirst</c> requests, then with the code <c>codeFor</c> gives (as JSON), or 404 when it gives none.
/// </summary>
internal sealed class SmsForwarder : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, Task<string?>> _codeFor;
    private readonly int _missesFirst;
    private readonly Task _serving;
    private int _requests;

    public SmsForwarder(Func<string, Task<string?>> codeFor, int missesFirst)
    {
        _codeFor = codeFor;
        _missesFirst = missesFirst;
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }

    public string UrlTemplate => $"http://127.0.0.1:{Port}/sms?phone={{phone}}";

    public int Requests => Volatile.Read(ref _requests);

    public List<string> Phones { get; } = [];

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            await _serving;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var phone = context.Request.QueryString["phone"] ?? "";
            lock (Phones)
            {
                Phones.Add(phone);
            }

            var code = Interlocked.Increment(ref _requests) > _missesFirst ? await _codeFor(phone) : null;
            var body = Encoding.UTF8.GetBytes(code is null ? "{\"ok\":false}" : $"{{\"ok\":true,\"code\":\"{code}\"}}");
            context.Response.StatusCode = code is null ? 404 : 200;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
