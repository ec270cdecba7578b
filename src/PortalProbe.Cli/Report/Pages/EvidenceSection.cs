using System.Text;
using PortalProbe.Cli.Output;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// A scenario's evidence files, copied into the report: screenshots as thumbnails that open the full image, the
/// page HTML (as text), the Playwright trace and other files as links, each with its attempt, URL and time.
/// </summary>
internal static class EvidenceSection
{
    public static string Render(ScenarioResult scenario, ReportEvidence evidence)
    {
        var items = scenario.Attempts.SelectMany(a => a.Evidence.Select(e => (Attempt: a.Number, Evidence: e))).ToList();
        if (items.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<h4>证据 Evidence</h4>\n<div class=\"thumbs\">");
        foreach (var (attempt, item) in items.Where(i => i.Evidence.Kind == EvidenceKind.Screenshot))
        {
            var href = evidence.Copy(item);
            var caption = Html.E($"#{attempt} {item.Label ?? "screenshot"} · {BeijingTime.Format(item.CapturedAt)}") + (item.Url is null ? "" : "<br>" + Html.E(item.Url));
            html.Append(href is null
                ? $"<figure class=\"thumb missing\"><figcaption>{caption}<br><b>文件缺失 evidence file missing</b></figcaption></figure>"
                : $"<figure class=\"thumb\"><a class=\"shot\" href=\"../{Html.E(href)}\"><img src=\"../{Html.E(href)}\" alt=\"{Html.E(item.Label ?? "screenshot")}\" loading=\"lazy\"></a><figcaption>{caption}</figcaption></figure>");
        }

        html.Append("</div>\n<ul class=\"files\">");
        foreach (var (attempt, item) in items.Where(i => i.Evidence.Kind != EvidenceKind.Screenshot))
        {
            var href = evidence.Copy(item);
            var what = item.Kind switch
            {
                EvidenceKind.Html => "页面 HTML（以文本显示）page HTML as text",
                EvidenceKind.Trace => "Playwright trace (npx playwright show-trace)",
                _ => "数据 data",
            };
            html.Append("<li>").Append(Html.E($"#{attempt} ")).Append(href is null ? Html.E(what) + " <b>文件缺失 missing</b>" : $"<a href=\"../{Html.E(href)}\">{Html.E(what)}</a>")
                .Append(" <span class=\"small muted\">").Append(Html.E($"{item.Label} {item.Url} sha256 {item.Sha256[..12]}…")).Append("</span></li>");
        }

        return html.Append("</ul>\n").ToString();
    }
}
