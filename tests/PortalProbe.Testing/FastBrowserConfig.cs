using System.Text.Json.Nodes;

namespace PortalProbe.Testing;

/// <summary>
/// The repository's playwright.config.json with short timeouts, for tests against simulated portals that answer
/// in milliseconds: a missing element fails in seconds, not the ten a real government server deserves.
/// </summary>
public static class FastBrowserConfig
{
    /// <summary>
    /// Writes the configuration; SMS codes come from <paramref name="smsSource"/> (the simulated portals' test
    /// endpoint unless told otherwise, since every portal a test serves is simulated).
    /// </summary>
    public static string Write(string folder, int stepMs = 3000, int navigationMs = 5000, int recheckDelayMs = 200, string smsSource = "simulator")
    {
        var config = JsonNode.Parse(File.ReadAllText(RepoPaths.BrowserConfig))!;
        config["sms"] = new JsonObject { ["source"] = smsSource };
        config["timeouts"]!["stepMs"] = stepMs;
        config["timeouts"]!["navigationMs"] = navigationMs;
        config["recheck"]!["delayMs"] = recheckDelayMs;

        // Links: a hanging link is called a timeout after 6 s (the slowest working simulated page takes 4 s), and a
        // failed link is re-checked 300 ms later, not the 10 s a real server is given.
        config["links"] = new JsonObject
        {
            ["requestTimeoutMs"] = 6000,
            ["recheckDelayMs"] = 300,
            ["politeDelayMs"] = 50,
            ["availabilityIntervalMs"] = 100,
        };
        var path = Path.Combine(folder, "fast.playwright.config.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
