using System.Text;
using PortalProbe.Cli.Output;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>index.html: what the report covers, the verdict counts, the national table and the city × function matrix.</summary>
internal static class IndexPage
{
    public static string Render(ReportData data)
    {
        var scenarios = data.Cities.SelectMany(c => c.Run.Scenarios).ToList();
        var body = new StringBuilder();
        body.Append("<h1>12345 热线互联网渠道检测报告</h1>\n")
            .Append("<p class=\"muted\">").Append(Html.E(data.Selection)).Append(" · 生成于 ").Append(Html.E(BeijingTime.Format(data.GeneratedAt)))
            .Append(" · 检测时间 ").Append(Html.E(RunSpan(data))).Append("</p>\n");

        body.Append("<div class=\"cards\" id=\"summary\">")
            .Append(Card(data.Cities.Count, "城市 cities", null))
            .Append(Card(scenarios.Count, "场景 scenarios", null))
            .Append(Card(scenarios.Count(s => s.Verdict == Verdict.Pass), "通过 pass", "v-pass"))
            .Append(Card(scenarios.Count(s => s.Verdict == Verdict.Fail), "未通过 fail", "v-fail"))
            .Append(Card(scenarios.Count(s => s.Verdict == Verdict.Manual), "需人工 manual", "v-manual"))
            .Append(Card(scenarios.Count(s => s.Verdict == Verdict.Error), "出错 error", "v-error"))
            .Append(Card(scenarios.Count(s => s.Verdict == Verdict.Skipped), "未运行 skipped", "v-skipped"))
            .Append(Card(scenarios.Count(s => s.Flaky), "其中不稳定 flaky", "v-flaky"))
            .Append(Card(scenarios.Count(s => s.StoppedForDryRun), "其中演练 dry run", "v-dry"))
            .Append("</div>\n");

        var incomplete = data.Cities.Where(c => !c.Run.Complete).ToList();
        if (incomplete.Count > 0)
        {
            body.Append("<p class=\"banner warn\">")
                .Append(Html.E($"{incomplete.Count} 个城市没有完整的检测记录，显示的是被中断的最近一次检测 (incomplete run): "))
                .Append(Html.E(string.Join("、", incomplete.Select(c => $"{c.Run.City.Name} {c.Run.City.Code}"))))
                .Append("</p>\n");
        }

        body.Append(NationalTableSection.Render(data.Scores));
        body.Append(MatrixSection.Render(data));
        return PageShell.Wrap("12345 热线互联网渠道检测报告", "PortalProbe 报告", body.ToString());
    }

    private static string Card(int count, string label, string? css) =>
        $"<div class=\"card {css}\"><div class=\"n\">{Html.E(count)}</div><div class=\"l\">{Html.E(label)}</div></div>";

    private static string RunSpan(ReportData data)
    {
        var first = data.Cities.Min(c => c.Run.StartedAt);
        var last = data.Cities.Max(c => c.Run.FinishedAt ?? c.Run.StartedAt);
        return $"{BeijingTime.Format(first)} – {BeijingTime.Format(last)}";
    }
}
