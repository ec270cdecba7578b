using System.Text.Json;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Cli.Demo;

/// <summary>Reads <c>fixtures/demo/portals.json</c>; a wrong field is reported with the file and the field.</summary>
internal static class DemoPortals
{
    /// <summary>The demo's portals and the test-account secrets it uses where the environment sets none.</summary>
    public static (IReadOnlyList<PortalPersonality> Portals, IReadOnlyDictionary<string, string> TestAccount) Load(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var portals = document.RootElement.GetProperty("portals");
            var account = document.RootElement.GetProperty("testAccount").EnumerateObject()
                .Where(p => p.Name != "description")
                .ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
            return ([.. portals.EnumerateArray().Select((p, i) => Read(path, p, i))], account);
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static PortalPersonality Read(string path, JsonElement portal, int index)
    {
        var broken = PortalFaults.None;
        foreach (var fault in portal.GetProperty("broken").EnumerateArray().Select(f => f.GetString()))
        {
            broken |= Enum.TryParse<PortalFaults>(fault, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidDataException($"{path}: portals[{index}].broken: unknown fault '{fault}' (known: {string.Join(", ", Enum.GetNames<PortalFaults>())})");
        }

        return new PortalPersonality(
            portal.GetProperty("cityCode").GetString()!,
            portal.GetProperty("cityName").GetString()!,
            portal.GetProperty("address").GetString()!,
            portal.GetProperty("ticketPrefix").GetString()!)
        {
            Broken = broken,
        };
    }
}
