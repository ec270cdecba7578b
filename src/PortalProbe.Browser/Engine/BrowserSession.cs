using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;

namespace PortalProbe.Browser.Engine;

/// <summary>One Playwright driver and one Chromium for the whole process; contexts are made per city and channel.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// <summary>Starts Chromium; throws <see cref="BrowserLaunchException"/> with what to do when it cannot.</summary>
    public static async Task<BrowserSession> LaunchAsync(ChromiumSettings settings, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.ExecutablePath))
        {
            throw new BrowserLaunchException(
                $"Chromium was not found at {settings.ExecutablePath}: install Debian's package (apt-get install chromium-headless-shell) " +
                "or set PORTALPROBE_CHROMIUM to its path.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ExecutablePath,
                Headless = settings.Headless,
                Args = settings.Args,
                Timeout = 60_000,
            });
            return new BrowserSession(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new BrowserLaunchException($"Chromium at {settings.ExecutablePath} failed to start: {FirstLine(e.Message)}", e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // Chromium is already gone; nothing left to close.
        }

        _playwright.Dispose();
    }

    internal static string FirstLine(string message) =>
        message.Split('\n', 2)[0].Trim();
}
