using System.Text;
using System.Text.Json.Nodes;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>Broken and flaky links with the page they were found on, the final status and the chain of requests.</summary>
internal static class LinkTable
{
    private static readonly HashSet<string> Fine = new(StringComparer.OrdinalIgnoreCase) { "ok", "works", "working", "pass", "passed" };

    public static string Render(IReadOnlyList<JsonObject> links)
    {
        var shown = links.Where(l => !Fine.Contains(StructuredEvidence.Text(l["outcome"]))).ToList();
        var html = new StringBuilder("<p class=\"small muted\">").Append(Html.E($"{links.Count} 条链接记录, 其中 {shown.Count} 条失效或不稳定 (broken or flaky)")).Append("</p>\n");
        if (shown.Count == 0)
        {
            return html.ToString();
        }

        html.Append("<table class=\"links\"><thead><tr><th>结果 outcome</th><th>链接 link</th><th>所在页面 found on</th><th class=\"num\">状态 status</th><th>请求链 chain</th></tr></thead><tbody>\n");
        foreach (var link in shown)
        {
            var outcome = StructuredEvidence.Text(link["outcome"]);
            var css = outcome.Equals("flaky", StringComparison.OrdinalIgnoreCase) ? "v-flaky" : outcome.Equals("broken", StringComparison.OrdinalIgnoreCase) ? "v-fail" : "v-skipped";
            var detail = StructuredEvidence.Text(StructuredEvidence.Field(link, "classification", "error"));
            html.Append("<tr><td><span class=\"chip ").Append(css).Append("\">").Append(Html.E(outcome.Length == 0 ? "?" : outcome)).Append("</span>")
                .Append(detail.Length == 0 ? "" : "<br><span class=\"small muted\">" + Html.E(detail) + "</span>")
                .Append("</td><td class=\"chain\">").Append(Html.E(StructuredEvidence.Text(link["url"])))
                .Append("</td><td class=\"chain\">").Append(Html.E(StructuredEvidence.Text(StructuredEvidence.Field(link, "foundOn", "page", "source"))))
                .Append("</td><td class=\"num\">").Append(Html.E(StructuredEvidence.Text(StructuredEvidence.Field(link, "finalStatus", "status"))))
                .Append("</td><td class=\"chain\">").Append(Chain(link["chain"])).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Chain(JsonNode? chain)
    {
        if (chain is not JsonArray hops)
        {
            return Html.E(StructuredEvidence.Text(chain));
        }

        return string.Join(" <b>→</b> ", hops.Select(hop => hop is JsonObject o
            ? Html.E(StructuredEvidence.Text(o["url"])) + " <span class=\"muted\">(" + Html.E(Status(o)) + ")</span>"
            : Html.E(StructuredEvidence.Text(hop))));
    }

    private static string Status(JsonObject hop)
    {
        var status = StructuredEvidence.Text(hop["status"]);
        return status.Length == 0 || status == "null" ? "no answer" : status;
    }
}
