using PortalProbe.Browser.Links;
using PortalProbe.Cities;

namespace PortalProbe.Browser.Configuration;

/// <summary>Settings read from <c>playwright.config.json</c>; environment variables may override some.</summary>
public sealed record BrowserConfig
{
    public required ChromiumSettings Chromium { get; init; }

    public required TimeoutSettings Timeouts { get; init; }

    public required RecheckSettings Recheck { get; init; }

    public required IReadOnlyDictionary<ChannelKind, DeviceProfile> Devices { get; init; }

    /// <summary>Where the <c>sms-code</c> step reads SMS codes (<c>sms.source</c>, or <c>PORTALPROBE_SMS_SOURCE</c>); none by default.</summary>
    public SmsSource Sms { get; init; } = SmsSource.None;
    /// <summary>The link checker's timeouts, politeness and limits (the optional <c>links</c> section).</summary>
    public LinkOptions Links { get; init; } = new();
}

public sealed record ChromiumSettings(string ExecutablePath, bool Headless, IReadOnlyList<string> Args);

public sealed record TimeoutSettings(TimeSpan Step, TimeSpan Navigation, TimeSpan Scenario);

/// <summary>How often and how much later a failed scenario is checked again before it is recorded as fail.</summary>
public sealed record RecheckSettings(int Attempts, TimeSpan Delay);

public sealed record DeviceProfile(
    int Width, int Height, string UserAgent, bool IsMobile, bool HasTouch, float DeviceScaleFactor);
