using Microsoft.Playwright;
using PortalProbe.Cli.Report;
using PortalProbe.Cli.Report.Sources;
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

    [Test]
    public async Task Report_WithScores_ShowsNationalTableScoresOverridesAndNotMeasured()
    {
        using var work = new TempDirectory();
        await using var browser = await ReportBrowser.LaunchAsync();
        await StoredResults.StoreAsync(work.Combine("data"), await ScreenshotOfAsync(browser.Page), Start);
        var (store, evidence) = await StoredResults.OpenAsync(work.Combine("data"), TimeProvider.System);
        var runs = await new LatestRunsSource(store).LoadAsync(CancellationToken.None);
        var scores = new ReportScores(
            [new NationalFinding("可在线提交诉求", 1, 2, "submission", NotMeasured: 1), new NationalFinding("提供智能客服", 1, 2, "chatbot")],
            new Dictionary<string, CityScore>
            {
                [StoredResults.Shenzhen] = new(72.5, Incomplete: true,
                [
                    new ReportIndicator("response", "服务响应", 1, 80, Incomplete: true),
                    new ReportIndicator("register", "注册登录", 3, null, Reason: "wechat/register: manual"),
                    new ReportIndicator("enterprise", "企业诉求一键直达", 3, 100, Override: new ReportOverride(100, "王评估", Start, "人工核验公众号菜单<有入口>")),
                ]),
            });
        var data = new ReportData(runs.Selection, Start, runs.Cities, scores);
        await ReportFolder.WriteAsync(work.Combine("report"), (folder, token) => ReportWriter.WriteAsync(data, evidence, folder, token), CancellationToken.None);
        var page = browser.Page;

        await page.GotoAsync(ReportBrowser.FileUrl(work.Combine("report", "index.html")));
        await browser.SaveScreenshotAsync("scored-index");
        var national = page.Locator("table.national tbody tr");
        Assert.That(await national.Nth(0).InnerTextAsync(), Does.Contain("可在线提交诉求").And.Contain("1 / 2").And.Contain("50.0%").And.Contain("1 未测"));
        Assert.That(await page.Locator("#not-scored").CountAsync(), Is.EqualTo(0));
        Assert.That(await page.Locator($"tr[data-city='{StoredResults.Shenzhen}'] td.num").InnerTextAsync(), Is.EqualTo("72.5*"));
        Assert.That(await page.Locator("tr[data-city='330100'] td.num").InnerTextAsync(), Is.EqualTo("未评分"), "a city the scoring left out is not scored, not zero");

        await page.Locator($"tr[data-city='{StoredResults.Shenzhen}'] a.city-link").ClickAsync();
        var rows = page.Locator("table.scores tbody tr");
        Assert.That(await rows.Nth(1).InnerTextAsync(), Does.Contain("注册登录").And.Contain("未测 not measured").And.Contain("wechat/register: manual"));
        Assert.That(await rows.Nth(2).InnerTextAsync(), Does.Contain("人工认定 override").And.Contain("王评估").And.Contain("人工核验公众号菜单<有入口>"));
        await browser.SaveScreenshotAsync("scored-city-scores", page.Locator("table.scores"));
    }

    /// <summary>A real PNG with Chinese text, made by Chromium, to stand in for a portal screenshot.</summary>
    private static async Task<byte[]> ScreenshotOfAsync(IPage page)
    {
        await page.SetContentAsync("<body style='margin:0;background:#c00;color:#fff;font:32px sans-serif'><h1>深圳市 12345 政务服务便民热线</h1><p>系统维护中</p></body>");
        return await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
    }
}
