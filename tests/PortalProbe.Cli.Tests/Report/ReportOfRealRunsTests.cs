using System.Globalization;
using Microsoft.Playwright;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>
/// <c>portalprobe report</c> end to end: the repository's two city scripts run in real Chromium against simulated
/// portals (杭州 works, 苏州's home page answers 503), the report is written, moved as a folder, and opened from
/// disk in Chromium, where the test looks at what a person sees: verdicts, screenshots, and the indicator scores
/// with an evaluator's override.
/// </summary>
[NonParallelizable]
public sealed class ReportOfRealRunsTests
{
    private const string Hangzhou = DemoPortalsForTests.HangzhouCode;
    private const string Suzhou = "320500";
    private const string OverrideReason = "电话回访：答复有效";

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Report_AfterRuns_ShowsVerdictsByColourAndOpensFullScreenshots()
    {
        using var work = new TempDirectory();
        var report = await RunCitiesAndReportAsync(work);
        await using var browser = await ReportBrowser.LaunchAsync();
        var page = browser.Page;

        await page.GotoAsync(ReportBrowser.FileUrl(Path.Combine(report, "index.html")));
        await browser.SaveScreenshotAsync("report-index");

        Assert.That(await page.TitleAsync(), Is.EqualTo("12345 热线互联网渠道检测报告"));
        Assert.That(await page.Locator("#summary .card").First.InnerTextAsync(), Does.Contain("2").And.Contain("城市"));
        Assert.That(await page.Locator("#not-scored").CountAsync(), Is.Zero, "the runs are scored with the indicator catalogue");
        var search = page.Locator("table.national tbody tr").Filter(new() { HasText = "standard.selfservice" });
        Assert.That(await search.InnerTextAsync(), Does.Contain("提供两种及以上自主查询渠道"));
        var appeal = page.Locator("table.national tbody tr").Filter(new() { HasText = "resolve.appeal.submit" });
        Assert.That(await appeal.InnerTextAsync(), Does.Contain("0 / 2"), "a dry run never shows that an appeal can be submitted");
        Assert.That(await page.Locator($"tr[data-city='{Hangzhou}'] td.num").InnerTextAsync(), Is.EqualTo("85*"), "only the override is measured: incomplete");
        Assert.That(await page.Locator($"tr[data-city='{Suzhou}'] td.num").InnerTextAsync(), Is.EqualTo("未测"), "苏州's home page alone measures no indicator: not measured, not 0");

        var suzhouHome = page.Locator($"tr[data-city='{Suzhou}'] a.cell .chip").First;
        Assert.That(await suzhouHome.InnerTextAsync(), Is.EqualTo("网站 fail"));
        Assert.That(await BackgroundOf(suzhouHome), Is.EqualTo("rgb(251, 224, 222)"), "a fail is shown in red");
        var hangzhouChips = await page.Locator($"tr[data-city='{Hangzhou}'] a.cell .chip").AllInnerTextsAsync();
        Assert.That(hangzhouChips, Has.Member("网站 pass (dry run)").And.Member("网站 pass"));
        Assert.That(hangzhouChips, Has.None.Contain("fail"));

        await page.GetByRole(AriaRole.Link, new() { Name = "杭州市" }).ClickAsync();
        Assert.That(page.Url, Does.EndWith($"/cities/{Hangzhou}.html"));
        Assert.That(await page.Locator("h1").InnerTextAsync(), Does.Contain("杭州市").And.Contain(Hangzhou));
        Assert.That(await page.Locator("svg.trend circle.pt-passed").CountAsync(), Is.EqualTo(2), "two runs of 杭州 are on the trend");
        var register = page.Locator("article#s-web-register");
        Assert.That(await register.Locator("h3 .chip").InnerTextAsync(), Is.EqualTo("pass (dry run)"));
        Assert.That(await register.InnerTextAsync(), Does.Contain("获取短信验证码").And.Contain("未实际提交"));
        var registration = page.Locator("table.scores tr[data-indicator='response.access.registration']");
        Assert.That(await registration.InnerTextAsync(), Does.Contain("注册").And.Contain("未测 not measured"), "a dry-run registration is not measured, never 100");
        var effective = page.Locator("table.scores tr[data-indicator='resolve.effective']");
        Assert.That(await effective.Locator("td.num").InnerTextAsync(), Is.EqualTo("85"));
        Assert.That(await effective.InnerTextAsync(), Does.Contain("人工认定 override").And.Contain("zhang").And.Contain(OverrideReason));
        Assert.That(await page.Locator("table.scores tr[data-indicator='resolve'] td.num").InnerTextAsync(), Does.Contain("不完整"), "问题解决 has leaves a dry run cannot measure");
        await browser.SaveScreenshotAsync("report-city-hangzhou-scores", page.Locator("table.scores"));
        await browser.SaveScreenshotAsync("report-city-hangzhou");

        var thumbnail = page.Locator("article#s-web-home figure.thumb img").First;
        await thumbnail.ScrollIntoViewIfNeededAsync();
        var thumbnailWidth = (await thumbnail.BoundingBoxAsync())!.Width;
        Assert.That(await thumbnail.EvaluateAsync<int>("img => img.naturalWidth"), Is.GreaterThan(0), "the thumbnail's image loads from the report folder");
        await thumbnail.ClickAsync();
        Assert.That(page.Url, Does.EndWith(".png"));
        var fullWidth = await page.EvaluateAsync<int>("() => document.images[0].naturalWidth");
        Assert.That(fullWidth, Is.GreaterThan(thumbnailWidth * 2), "the thumbnail opens the full-size screenshot");

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "PortalProbe 报告" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "苏州市" }).ClickAsync();
        var home = page.Locator("article#s-web-home");
        Assert.That(await home.Locator("h3 .chip").InnerTextAsync(), Is.EqualTo("fail"));
        Assert.That(await home.Locator(".reason").InnerTextAsync(), Does.Contain("HTTP 503"));
        Assert.That(await home.Locator("details.steps").CountAsync(), Is.EqualTo(2), "the failure and its re-check are both shown");
        Assert.That(await home.Locator("details.steps").First.Locator(".chip.v-fail").CountAsync(), Is.GreaterThanOrEqualTo(1));
        await browser.SaveScreenshotAsync("report-city-suzhou");

        Assert.That(browser.Requests, Has.All.StartWith("file://"), "the report loads nothing from outside its folder");
        Assert.That(browser.Dialogs, Is.Empty);
    }

    /// <summary>Runs 杭州 twice (faq, then all) and 苏州's home once, writes the report and moves it to another folder.</summary>
    private static async Task<string> RunCitiesAndReportAsync(TempDirectory work)
    {
        await using var portals = await SimulatorHost.StartAsync(
            new SimulatorOptions
            {
                Portals =
                [
                    new PortalPersonality(Hangzhou, "杭州市", "127.10.0.1", "HZ"),
                    new PortalPersonality(Suzhou, "苏州市", "127.10.0.2", "SZ") { Broken = PortalFaults.Home },
                ],
            },
            CancellationToken.None);
        var cli = new CliTester(work.Path).WithTestAccount().With("USER", "zhang");
        var common = new[] { "--var", "port=" + portals.Port.ToString(CultureInfo.InvariantCulture), "--data", work.Combine("data"), "--config", FastBrowserConfig.Write(work.Path) };
        var runs = new[]
        {
            await cli.RunAsync(["run", "--city", Hangzhou, "--scenario", "faq", .. common]),
            await cli.RunAsync(["run", "--city", Hangzhou, .. common]),
            await cli.RunAsync(["run", "--city", Suzhou, "--scenario", "home", .. common]),
        };
        Assert.That(runs.Select(r => r.ExitCode), Is.EqualTo(new[] { 0, 0, 1 }), string.Join("\n", runs.Select(r => r.ToString())));

        var decided = await cli.RunAsync("override", "--city", Hangzhou, "--indicator", "resolve.effective", "--value", "85", "--reason", OverrideReason, "--data", work.Combine("data"));
        Assert.That(decided.ExitCode, Is.EqualTo(0), decided.ToString());

        var written = await cli.RunAsync("report", "--out", work.Combine("out", "report"), "--data", work.Combine("data"));
        Assert.That(written.ExitCode, Is.EqualTo(0), written.ToString());
        Assert.That(written.Out, Does.Contain("report of 2 cities"));

        // The report must stand on its own: move it away from the data directory before opening it.
        Directory.CreateDirectory(work.Combine("moved"));
        Directory.Move(work.Combine("out", "report"), work.Combine("moved", "report"));
        return work.Combine("moved", "report");
    }

    private static Task<string> BackgroundOf(ILocator element) =>
        element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
