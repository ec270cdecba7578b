using System.Text;
using PortalProbe.Cli.Output;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>A city's indicator scores: not-measured indicators and evaluator overrides marked as such.</summary>
internal static class ScoreSection
{
    public static string Render(CityScore? score, bool scoringAvailable)
    {
        var html = new StringBuilder("<h2 id=\"scores\">指标得分 Scores</h2>\n");
        if (score is null)
        {
            var why = scoringAvailable ? "这个城市没有得分 (not scored)" : "未评分 not scored: 这些检测结果还没有计算指标得分";
            return html.Append("<p class=\"banner info\">").Append(Html.E(why)).Append("</p>\n").ToString();
        }

        html.Append("<p>总分 ").Append(score.Total is { } total ? $"<b>{Html.E(Html.Number(total))}</b>" : "<span class=\"chip not-measured\">未测 not measured</span>")
            .Append(score.Incomplete ? " <span class=\"chip v-manual\">不完整 incomplete: 部分指标未测，按已测指标重新加权</span>" : "").Append("</p>\n");
        html.Append("<table class=\"scores\"><thead><tr><th>指标</th><th>名称</th><th class=\"num\">得分</th><th>说明</th></tr></thead><tbody>\n");
        foreach (var indicator in score.Indicators)
        {
            html.Append("<tr class=\"level-").Append(Html.E(indicator.Level)).Append("\" data-indicator=\"").Append(Html.E(indicator.Id)).Append("\"><td>").Append(Html.E(indicator.Id))
                .Append("</td><td style=\"padding-left:").Append(Html.E((indicator.Level * 12) - 4)).Append("px\">").Append(Html.E(indicator.Name))
                .Append("</td><td class=\"num\">")
                .Append(indicator.Score is { } value ? Html.E(Html.Number(value)) : "<span class=\"chip not-measured\">未测 not measured</span>")
                .Append(indicator.Incomplete ? " <span class=\"chip v-manual\" title=\"some leaves below are not measured\">不完整</span>" : "")
                .Append("</td><td>").Append(Override(indicator.Override))
                .Append(indicator.Reason is { Length: > 0 } reason ? "<span class=\"small muted\">" + Html.E(reason) + "</span>" : "")
                .Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Override(ReportOverride? decision) => decision is null
        ? ""
        : $"<span class=\"chip v-manual\">人工认定 override</span> {Html.E($"{Html.Number(decision.Value)} · {decision.By} · {BeijingTime.Format(decision.At)} · {decision.Reason}")}<br>";
}
