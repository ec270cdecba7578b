using Microsoft.Playwright;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Report;

/// <summary>
/// The report of results stored directly (real SQLite, real evidence files) that hold every verdict, hostile
/// portal text and the checks' JSON evidence, opened from disk in Chromium and read as a person would.
/// </summary>
[NonParallelizable]
public sealed class ReportOfStoredResultsTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero);

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    public async Task Report_StoredResults_EscapesPortalTextAndShowsLinksChatAndDates()
    {
        using var work = new TempDirectory();
        await using var browser = await ReportBrowser.LaunchAsync();
        await StoredResults.StoreAsync(work.Combine("data"), await ScreenshotOfAsync(browser.Page), Start);
        var written = await new CliTester(work.Path).RunAsync("report", "--out", work.Combine("report"), "--data", work.Combine("data"));
        Assert.That(written.ExitCode, Is.EqualTo(0), written.ToString());
        var page = browser.Page;

        await page.GotoAsync(ReportBrowser.FileUrl(work.Combine("report", "index.html")));
        await browser.SaveScreenshotAsync("stored-index");
        var row = page.Locator($"tr[data-city='{StoredResults.Shenzhen}']");
        var chips = await row.Locator("a.cell .chip").AllInnerTextsAsync();
        Assert.That(chips, Is.SupersetOf(new[] { "网站 fail", "公众号 manual", "App pass (flaky)", "网站 error", "网站 skipped", "网站 pass" }));
        Assert.That(await row.Locator("a.cell .chip.v-manual").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"), Is.EqualTo("rgb(255, 241, 199)"));
        Assert.That(await page.Locator("tr[data-city='330100']").InnerTextAsync(), Does.Contain("incomplete"), "a city with no completed run is shown with its interrupted run, marked");

        await row.Locator("a.city-link").ClickAsync();
        Assert.That(await page.Locator("svg.trend circle.pt-passed").CountAsync(), Is.EqualTo(2), "both completed runs are on the trend");

        var home = page.Locator("article.scenario").First;
        Assert.That(await home.Locator("h3").InnerTextAsync(), Does.Contain(StoredResults.HostileScenario), "a scenario name is shown as the text it is");
        Assert.That(await home.Locator(".reason").InnerTextAsync(), Does.Contain(StoredResults.HostileText));
        Assert.That(await page.Locator("img[src='x'], script").CountAsync(), Is.EqualTo(0), "portal text never becomes markup");
        Assert.That(await home.Locator("figcaption").InnerTextAsync(), Does.Contain("home <b>bold</b>"));

        Assert.That(await page.Locator("#s-wechat-register .banner").InnerTextAsync(), Does.Contain("需人工核验"));
        Assert.That(await page.Locator("#s-app-faq .banner").InnerTextAsync(), Does.Contain("HTTP 502 on /faq"), "a flaky pass says what failed first");

        var links = page.Locator("#s-web-links table.links tbody tr");
        Assert.That(await links.CountAsync(), Is.EqualTo(2));
        Assert.That(await links.Nth(0).InnerTextAsync(), Does.Contain("broken").And.Contain("http://127.10.0.9/old-notice (302) → http://127.10.0.9/gone (404)"));
        Assert.That(await links.Nth(1).InnerTextAsync(), Does.Contain("flaky").And.Contain("http://127.10.0.9/<script>"));
        Assert.That(await page.Locator("#s-web-links .data-summary").InnerTextAsync(), Does.Contain("availability.ratio: 1"));
        Assert.That(await page.Locator("#s-web-links details.visited").CountAsync(), Is.EqualTo(0), "a link's chain is not a list of visited pages");

        var chat = page.Locator("#s-web-chatbot table.chat tbody tr");
        Assert.That(await chat.Nth(0).Locator("mark").AllInnerTextsAsync(), Is.EqualTo(new[] { "一网通办", "营业执照" }), "the judge's matched spans are highlighted");
        Assert.That(await chat.Nth(0).Locator("td.answer").InnerTextAsync(), Does.Contain("<b>一般3个工作日</b>"), "the chatbot's markup is shown as text");
        Assert.That(await chat.Nth(1).InnerTextAsync(), Does.Contain("改写 paraphrase").And.Contain("无回答").And.Contain("irrelevant"));

        var dates = page.Locator("#s-web-reports");
        Assert.That(await dates.Locator("tr.date-fact").InnerTextAsync(), Does.Contain("disclosure.reports.newest").And.Contain("2026-10-31"));
        Assert.That(await dates.Locator("table.dates tr.newest").InnerTextAsync(), Does.Contain("2026年10月31日").And.Contain("10月诉求数据分析报告"));

        await browser.SaveScreenshotAsync("stored-city-shenzhen");
        await browser.SaveScreenshotAsync("stored-city-shenzhen-home", home);
        await browser.SaveScreenshotAsync("stored-city-shenzhen-links", page.Locator("#s-web-links"));
        await browser.SaveScreenshotAsync("stored-city-shenzhen-chatbot", page.Locator("#s-web-chatbot"));
        await browser.SaveScreenshotAsync("stored-city-shenzhen-reports", page.Locator("#s-web-reports"));
        Assert.That(browser.Dialogs, Is.Empty, "no script from portal text ran");
        Assert.That(browser.Requests, Has.All.StartWith("file://"));
    }

    /// <summary>A real PNG with Chinese text, made by Chromium, to stand in for a portal screenshot.</summary>
    private static async Task<byte[]> ScreenshotOfAsync(IPage page)
    {
        await page.SetContentAsync("<body style='margin:0;background:#c00;color:#fff;font:32px sans-serif'><h1>深圳市 12345 政务服务便民热线</h1><p>系统维护中</p></body>");
        return await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
    }
}
