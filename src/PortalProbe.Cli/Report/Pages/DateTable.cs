using System.Text;
using System.Text.Json.Nodes;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>The publication dates a disclosure check read from a listing, as written on the page, the newest marked.</summary>
internal static class DateTable
{
    public static string Render(IReadOnlyList<JsonObject> dates, string newest)
    {
        var html = new StringBuilder("<table class=\"dates\"><thead><tr><th>日期 date</th><th>页面写法 as written</th><th>条目 item</th></tr></thead><tbody>\n");
        foreach (var entry in dates)
        {
            var date = StructuredEvidence.Text(entry["date"]);
            var isNewest = newest.Length > 0 && date == newest;
            html.Append(isNewest ? "<tr class=\"newest\"><td><b>" : "<tr><td>").Append(Html.E(date)).Append(isNewest ? "</b> <span class=\"chip v-pass\">最新 newest</span>" : "")
                .Append("</td><td>").Append(Html.E(StructuredEvidence.Text(entry["written"])))
                .Append("</td><td>").Append(Html.E(StructuredEvidence.Text(entry["label"] ?? entry["text"]))).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }
}
