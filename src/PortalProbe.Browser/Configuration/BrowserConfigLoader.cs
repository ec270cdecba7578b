using System.Text.Json;
using PortalProbe.Browser.Links;
using PortalProbe.Cities;

namespace PortalProbe.Browser.Configuration;

/// <summary>
/// Reads <c>playwright.config.json</c>. <c>PORTALPROBE_CHROMIUM</c> overrides the executable path and
/// <c>PORTALPROBE_HEADLESS</c> (true/false) the headless mode, <c>PORTALPROBE_SMS_SOURCE</c> the SMS code source
/// (<c>sms.source</c>). Every problem is reported at once.
/// </summary>
public static class BrowserConfigLoader
{
    public const string FileName = "playwright.config.json";

    public static BrowserConfig Load(string path, Func<string, string?> environment)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new BrowserConfigException($"{path}: cannot read the browser configuration: {e.Message}", e);
        }

        using (document)
        {
            var reader = new ConfigReader(path, document.RootElement);
            var config = Read(reader, environment);
            reader.ThrowIfErrors();
            return config;
        }
    }

    private static BrowserConfig Read(ConfigReader r, Func<string, string?> environment)
    {
        var path = environment("PORTALPROBE_CHROMIUM") ?? r.String("chromium.executablePath", "/usr/bin/chromium-headless-shell");
        var headless = r.Bool("chromium.headless", true);
        var headlessOverride = environment("PORTALPROBE_HEADLESS");
        if (headlessOverride is not null)
        {
            headless = !string.Equals(headlessOverride, "false", StringComparison.OrdinalIgnoreCase) && headlessOverride != "0";
        }

        var devices = new Dictionary<ChannelKind, DeviceProfile>();
        foreach (var kind in Enum.GetValues<ChannelKind>())
        {
            var key = $"devices.{kind.ToId()}";
            devices[kind] = new DeviceProfile(
                r.Int($"{key}.viewport.width", 1366, min: 200),
                r.Int($"{key}.viewport.height", 900, min: 200),
                r.String($"{key}.userAgent", ""),
                r.Bool($"{key}.isMobile", false),
                r.Bool($"{key}.hasTouch", false),
                (float)r.Double($"{key}.deviceScaleFactor", 1, min: 0.5));
        }

        var smsText = environment("PORTALPROBE_SMS_SOURCE") ?? r.String("sms.source", "");
        var sms = SmsSource.Parse(smsText);
        if (sms is null)
        {
            r.Error("sms.source", $"'{smsText}' is not an SMS code source: use simulator, prompt, an http(s) URL containing {{phone}}, or leave it empty");
        }

        return new BrowserConfig
        {
            Chromium = new ChromiumSettings(path, headless, r.Strings("chromium.args")),
            Timeouts = new TimeoutSettings(
                r.Millis("timeouts.stepMs", 10_000),
                r.Millis("timeouts.navigationMs", 15_000),
                r.Millis("timeouts.scenarioMs", 120_000)),
            Recheck = new RecheckSettings(r.Int("recheck.attempts", 1, min: 0), r.Millis("recheck.delayMs", 2_000, min: 0)),
            Devices = devices,
            Sms = sms ?? SmsSource.None,
            Links = Links(r),
        };
    }

    /// <summary>The optional <c>links</c> section; what it leaves out keeps the defaults of <see cref="LinkDefaults"/>.</summary>
    private static LinkOptions Links(ConfigReader r) => new()
    {
        RequestTimeout = r.Millis("links.requestTimeoutMs", Ms(LinkDefaults.RequestTimeout), min: 10),
        RecheckDelay = r.Millis("links.recheckDelayMs", Ms(LinkDefaults.RecheckDelay), min: 0),
        PoliteDelay = r.Millis("links.politeDelayMs", Ms(LinkDefaults.PoliteDelay), min: 0),
        MaxPerHost = r.Int("links.maxPerHost", LinkDefaults.MaxPerHost, min: 1),
        MaxDepth = r.Int("links.maxDepth", LinkDefaults.MaxDepth, min: 0),
        MaxPages = r.Int("links.maxPages", LinkDefaults.MaxPages, min: 1),
        AvailabilityVisits = r.Int("links.availabilityVisits", LinkDefaults.AvailabilityVisits, min: 1),
        AvailabilityInterval = r.Millis("links.availabilityIntervalMs", Ms(LinkDefaults.AvailabilityInterval), min: 0),
    };

    private static int Ms(TimeSpan time) => (int)time.TotalMilliseconds;
}
