using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The one-stop portal's JSON API convention: every answer is <c>{ "code", "msg", "data" }</c> with HTTP 200, code 0
/// meaning success, as such vendor platforms do; only a body that is not JSON at all gets HTTP 400.
/// </summary>
internal static class JsonApi
{
    private const int MaxField = 4000;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The body's JSON object, or null (after answering 400) when the body is not one.</summary>
    public static async Task<JsonElement?> ReadAsync(HandwrittenRequest request)
    {
        var http = request.Http;
        if (http.Request.HasJsonContentType())
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: request.Aborted);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return document.RootElement.Clone();
                }
            }
            catch (JsonException)
            {
                // answered below
            }
            catch (BadHttpRequestException)
            {
                // e.g. a body over the size limit; answered below
            }
        }

        await WriteAsync(request, 400, "请求参数格式错误", null, StatusCodes.Status400BadRequest);
        return null;
    }

    /// <summary>The string field, trimmed and capped; empty when absent or not a string.</summary>
    public static string Text(JsonElement body, string name)
    {
        var value = body.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.String ? field.GetString()!.Trim() : "";
        return value.Length > MaxField ? value[..MaxField] : value;
    }

    /// <summary>The field as given: true only for a JSON true.</summary>
    public static bool Flag(JsonElement body, string name) =>
        body.TryGetProperty(name, out var field) && field.ValueKind == JsonValueKind.True;

    public static Task OkAsync(HandwrittenRequest request, object? data, string msg = "成功") => WriteAsync(request, 0, msg, data);

    public static Task FailAsync(HandwrittenRequest request, int code, string msg) => WriteAsync(request, code, msg, null);

    private static Task WriteAsync(HandwrittenRequest request, int code, string msg, object? data, int status = StatusCodes.Status200OK)
    {
        var http = request.Http;
        http.Response.StatusCode = status;
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsJsonAsync(new Envelope(code, msg, data), Options, "application/json; charset=utf-8", request.Aborted);
    }

    private sealed record Envelope(int Code, string Msg, object? Data);
}
