using System.Text.Json;
using Microsoft.Playwright;
using PortalProbe.Browser.Links;

namespace PortalProbe.Browser.Checks.Links;

/// <summary>
/// The links check's evidence, through the attempt's <see cref="Evidence.EvidenceCollector"/> so masking applies:
/// a screenshot of each page on which a broken link was found (at most <see cref="MaxScreenshots"/>, the broken
/// links outlined in red), and one JSON item labelled <c>links</c>:
/// <code>
/// { "start": "http://…/", "checked": 14, "broken": 2, "flaky": 1, "notChecked": 0,
///   "availability": { "visits": 5, "planned": 5, "open": 5, "ratio": 1.0, "medianLoadMs": 120, "slowestLoadMs": 300 },
///   "links": [ { "url": "…", "foundOn": "…", "kind": "internal|external", "outcome": "broken|flaky|hostUnavailable",
///                "classification": "clientError|…|externalJumpFailure", "status": 404, "error": null,
///                "failureRatio": 1.0, "checks": 2,
///                "chain": [ { "method": "GET", "url": "…", "status": 404 } ] } ] }
/// </code>
/// <c>links</c> lists every link that was not ok, broken first; availability is null when the start page was not sampled.
/// </summary>
internal static class LinkEvidence
{
    public const int MaxScreenshots = 5;

    public const string JsonLabel = "links";

    private const string Outline = """
        urls => { for (const a of document.querySelectorAll('a[href], area[href]')) {
          if (urls.includes(a.href.split('#')[0])) { a.style.outline = '3px solid #d00'; a.style.outlineOffset = '2px'; } } }
        """;

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    public static async Task SaveAsync(CheckRun run, LinkFindings findings, CancellationToken cancellationToken)
    {
        await run.Steps.Evidence.JsonAsync(Document(findings), findings.Start.AbsoluteUri, JsonLabel, cancellationToken);
        foreach (var page in findings.Report.Broken.GroupBy(l => l.FoundOn).Take(MaxScreenshots))
        {
            await ScreenshotAsync(run, page.Key, [.. page.Select(l => l.Url.AbsoluteUri)], cancellationToken);
        }
    }

    private static async Task ScreenshotAsync(CheckRun run, Uri page, string[] broken, CancellationToken cancellationToken)
    {
        var steps = run.Steps;
        try
        {
            await steps.Page.GotoAsync(page.AbsoluteUri, new PageGotoOptions
            {
                WaitUntil = WaitUntilState.Load,
                Timeout = (float)steps.Timeouts.Navigation.TotalMilliseconds,
            });
            await steps.Page.EvaluateAsync(Outline, broken);
            await steps.Evidence.ScreenshotAsync(steps, "broken links on " + page.AbsolutePath, fullPage: true, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            // The page answered the crawl but not now: the JSON item still names every broken link and its page.
            LinkCheckLog.ScreenshotFailed(run.Logger, page, e);
        }
    }

    private static string Document(LinkFindings findings)
    {
        var report = findings.Report;
        var availability = report.Availability;
        var document = new
        {
            Start = findings.Start.AbsoluteUri,
            Checked = report.Checked,
            Broken = report.Broken.Count,
            Flaky = report.Flaky.Count,
            NotChecked = report.HostUnavailable.Count,
            Availability = availability is null ? null : new
            {
                Visits = availability.Visits.Count,
                availability.Planned,
                availability.Open,
                availability.Ratio,
                MedianLoadMs = availability.MedianLoad?.TotalMilliseconds,
                SlowestLoadMs = availability.SlowestLoad?.TotalMilliseconds,
            },
            Links = report.Broken.Concat(report.Flaky).Concat(report.HostUnavailable).Select(l => new
            {
                Url = l.Url.AbsoluteUri,
                FoundOn = l.FoundOn.AbsoluteUri,
                Kind = Id(l.Kind),
                Outcome = Id(l.Outcome),
                Classification = Id(l.Classification),
                Status = l.FinalStatus,
                Error = LinkFindings.Error(l),
                l.FailureRatio,
                Checks = l.Attempts.Count,
                Chain = l.Chain.Select(h => new { h.Method, Url = h.Url.AbsoluteUri, h.Status }),
            }),
        };
        return JsonSerializer.Serialize(document, Json);
    }

    private static string Id<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
