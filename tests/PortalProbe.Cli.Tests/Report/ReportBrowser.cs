using Microsoft.Playwright;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>
/// A real Chromium for looking at a generated report the way a person does: opened from disk (file://), with every
/// request the page makes recorded so a test can prove nothing left the report folder, and screenshots kept in the
/// test output for a human to look at.
/// </summary>
internal sealed class ReportBrowser : IAsyncDisposable
{
    private readonly BrowserSession _session;

    private ReportBrowser(BrowserSession session, IBrowserContext context, IPage page)
    {
        _session = session;
        Context = context;
        Page = page;
        Page.Request += (_, request) => Requests.Add(request.Url);
        Page.Dialog += (_, dialog) => Dialogs.Add(dialog.Message);
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Every URL the page asked for, in order.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Messages of any alert/confirm a page raised; a report never raises one.</summary>
    public List<string> Dialogs { get; } = [];

    public static async Task<ReportBrowser> LaunchAsync()
    {
        BrowserRequirement.Ensure();
        var config = BrowserConfigLoader.Load(RepoPaths.BrowserConfig, Environment.GetEnvironmentVariable);
        var session = await BrowserSession.LaunchAsync(config.Chromium, CancellationToken.None);
        var context = await session.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        return new ReportBrowser(session, context, await context.NewPageAsync());
    }

    public static string FileUrl(string path) => new Uri(path).AbsoluteUri;

    /// <summary>Saves a full-page screenshot (or one of <paramref name="part"/>) into the test's output folder and attaches it to the test result.</summary>
    public async Task SaveScreenshotAsync(string name, ILocator? part = null)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "report-screens");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        if (part is null)
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        }
        else
        {
            await part.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        }

        TestContext.AddTestAttachment(path, name);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _session.DisposeAsync();
    }
}
