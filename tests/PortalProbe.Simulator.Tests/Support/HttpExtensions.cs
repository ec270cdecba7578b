namespace PortalProbe.Simulator.Tests.Support;

/// <summary>What a test needs from a response, read in one go.</summary>
internal sealed record Reply(int Status, string ContentType, string Body);

internal static class HttpExtensions
{
    public static async Task<Reply> GetReplyAsync(this HttpClient client, string path, CancellationToken ct)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), ct);
        return await ReadAsync(response, ct);
    }

    public static async Task<Reply> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostReplyAsync(path, content, ct);
    }

    public static async Task<Reply> PostReplyAsync(this HttpClient client, string path, HttpContent? content, CancellationToken ct)
    {
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, ct);
        return await ReadAsync(response, ct);
    }

    private static async Task<Reply> ReadAsync(HttpResponseMessage response, CancellationToken ct) =>
        new((int)response.StatusCode, response.Content.Headers.ContentType?.ToString() ?? string.Empty, await response.Content.ReadAsStringAsync(ct));
}
