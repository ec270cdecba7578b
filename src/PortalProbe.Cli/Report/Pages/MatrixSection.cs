using System.Text;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// The city × function matrix: one row per city, one column per scenario kind any city checks, each cell holding a
/// coloured chip per channel and scenario that links to the scenario on the city's page. A function the city's
/// script does not check is shown as not measured, never as a pass or a fail.
/// </summary>
internal static class MatrixSection
{
    public static string Render(ReportData data)
    {
        var kinds = data.Cities.SelectMany(c => c.Run.Scenarios).Select(s => s.Kind).Distinct().Order().ToList();
        var html = new StringBuilder("<h2 id=\"matrix\">城市 × 功能 City × function</h2>\n<p class=\"legend\">");
        foreach (var style in VerdictStyle.Legend)
        {
            html.Append("<span class=\"chip ").Append(style.CssClass).Append("\">").Append(Html.E(style.Label)).Append("</span> ").Append(Html.E(style.Chinese)).Append(" &nbsp; ");
        }

        html.Append("<span class=\"chip not-measured\">–</span> 未检测 not measured</p>\n");
        html.Append("<table class=\"matrix\"><thead><tr><th>城市 city</th><th class=\"num\">得分 score</th>");
        foreach (var kind in kinds)
        {
            html.Append("<th>").Append(Html.E(VerdictStyle.FunctionName(kind))).Append("<br><span class=\"small muted\">").Append(Html.E(kind.ToId())).Append("</span></th>");
        }

        html.Append("</tr></thead><tbody>\n");
        foreach (var city in data.Cities)
        {
            var run = city.Run;
            var page = CityPage.FileName(run.City.Code);
            html.Append("<tr data-city=\"").Append(Html.E(run.City.Code)).Append("\"><td class=\"city\"><a class=\"city-link\" href=\"").Append(Html.E(page)).Append("\">")
                .Append(Html.E(run.City.Name)).Append("</a> <span class=\"muted small\">").Append(Html.E(run.City.Code)).Append(' ').Append(Html.E(run.City.Province))
                .Append(run.Complete ? "" : " · 不完整 incomplete").Append("</span></td>")
                .Append("<td class=\"num\">").Append(ScoreText(data.Scores, run.City.Code)).Append("</td>");
            foreach (var kind in kinds)
            {
                html.Append(Cell(page, run.Scenarios.Where(s => s.Kind == kind).ToList()));
            }

            html.Append("</tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Cell(string page, List<ScenarioResult> scenarios)
    {
        if (scenarios.Count == 0)
        {
            return "<td><span class=\"chip not-measured\" title=\"not measured: this run checked no scenario of this kind\">–</span></td>";
        }

        var cell = new StringBuilder("<td>");
        foreach (var s in scenarios)
        {
            var style = VerdictStyle.Of(s);
            cell.Append("<a class=\"cell\" href=\"").Append(Html.E(page)).Append('#').Append(CityPage.ScenarioAnchor(s))
                .Append("\" title=\"").Append(Html.E($"{s.Channel.DisplayName()} / {s.Scenario}: {s.Reason}")).Append("\">")
                .Append(style.Chip(Channel(s))).Append("</a>");
        }

        return cell.Append("</td>").ToString();
    }

    private static string Channel(ScenarioResult s) => s.Channel.DisplayName();

    private static string ScoreText(ReportScores? scores, string code) => scores?.Cities.GetValueOrDefault(code) switch
    {
        { Total: { } total } score => Html.E(Html.Number(total)) + (score.Incomplete ? "<span title=\"some indicators not measured\">*</span>" : ""),
        { } => "<span class=\"muted small\" title=\"scored, but no indicator is measured\">未测</span>",
        null => "<span class=\"muted small\">未评分</span>",
    };
}
