using System.Text;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>The national table as the monitoring report publishes it, or a plain "not scored" when no scores exist.</summary>
internal static class NationalTableSection
{
    public static string Render(ReportScores? scores)
    {
        var html = new StringBuilder("<h2 id=\"national\">全国汇总 National table</h2>\n");
        if (scores is null || scores.National.Count == 0)
        {
            return html.Append("<p class=\"banner info\" id=\"not-scored\">未评分 not scored: 这些检测结果还没有计算指标得分，下表只列出检测结论。</p>\n").ToString();
        }

        html.Append("<table class=\"national\"><thead><tr><th>指标 indicator</th><th>结果</th><th class=\"num\">城市数</th><th class=\"num\">占比</th><th class=\"num\">未测 not measured</th></tr></thead><tbody>\n");
        foreach (var line in scores.National)
        {
            html.Append("<tr><td>").Append(Html.E(line.IndicatorId ?? "")).Append("</td><td>").Append(Html.E(line.Label))
                .Append("</td><td class=\"num\">").Append(Html.E($"{line.Count} / {line.Of}"))
                .Append("</td><td class=\"num\">").Append(line.Share is { } share ? Html.Percent(share) : "–")
                .Append("</td><td class=\"num\">").Append(line.NotMeasured > 0 ? $"<span class=\"chip not-measured\">{Html.E(line.NotMeasured)} 未测</span>" : "").Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }
}
