using System.Text.Json;
using PortalProbe.Simulator.Handwritten;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Handwritten;

/// <summary>The repository's fixtures/handwritten folder, and hosts serving it on loopback.</summary>
internal static class HandwrittenHost
{
    public const string XianCode = "610100";
    public const string NanningCode = "450100";

    /// <summary>2024-06-03 10:00 in Beijing: a Monday, two days after the population's asOf date.</summary>
    public static readonly DateTimeOffset Monday = new(2024, 6, 3, 2, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<string> FolderPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PortalProbe.sln")))
            {
                return Path.Combine(dir.FullName, "fixtures", "handwritten");
            }
        }

        throw new InvalidOperationException("PortalProbe.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Folder => FolderPath.Value;

    public static string PortalFolder(string code) => Directory.GetDirectories(Folder, code + "-*").Single();

    public static Task<SimulatorHost> StartAsync(TimeProvider time) =>
        SimulatorHost.StartAsync(HandwrittenPortals.LoadFolder(Folder).ToOptions(0, time), TestPortals.Ct);

    public static async Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body, CancellationToken ct)
    {
        using var content = JsonContent(body);
        var reply = await client.PostReplyAsync(path, content, ct);
        Assert.That(reply.Status, Is.EqualTo(200), reply.Body);
        return JsonDocument.Parse(reply.Body).RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, CancellationToken ct)
    {
        var reply = await client.GetReplyAsync(path, ct);
        Assert.That(reply.Status, Is.EqualTo(200), reply.Body);
        return JsonDocument.Parse(reply.Body).RootElement.Clone();
    }

    public static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body), System.Text.Encoding.UTF8, "application/json");

    public static int Code(this JsonElement reply) => reply.GetProperty("code").GetInt32();

    public static string Data(this JsonElement reply, string field) => reply.GetProperty("data").GetProperty(field).GetString()!;
}
