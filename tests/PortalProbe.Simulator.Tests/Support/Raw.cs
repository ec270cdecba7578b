using System.Net;

namespace PortalProbe.Simulator.Tests.Support;

/// <summary>Requests that do not follow redirects, decode nothing and can send any method or user agent.</summary>
internal static class Raw
{
    public const string WechatAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN";

    /// <summary>A client for <paramref name="baseUri"/> that shows redirects instead of following them.</summary>
    public static HttpClient NoRedirects(Uri baseUri, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = baseUri,
            Timeout = timeout ?? TimeSpan.FromSeconds(20),
        };

    public static async Task<(int Status, byte[] Body, string ContentType, string? Location)> SendAsync(
        HttpClient client, HttpMethod method, string path, CancellationToken ct, string? userAgent = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.RelativeOrAbsolute)) { Content = content };
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        using var response = await client.SendAsync(request, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return ((int)response.StatusCode, body, response.Content.Headers.ContentType?.ToString() ?? "", response.Headers.Location?.ToString());
    }

    public static bool IsRefused(Exception error) =>
        error is HttpRequestException { InnerException: System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused } }
        || error is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError };

    public static HttpStatusCode Code(int status) => (HttpStatusCode)status;
}
