using System.Text;
using System.Text.Json.Nodes;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// Chatbot questions with the answers given, the judge's score and reason, and the key points it matched: each
/// matched span (an offset and length, or a start and end, anywhere inside the exchange) is highlighted in the answer.
/// </summary>
internal static class ChatTranscript
{
    public static string Render(IReadOnlyList<JsonObject> exchanges)
    {
        var html = new StringBuilder("<table class=\"chat\"><thead><tr><th>问题 question</th><th>回答 answer（<mark>命中要点</mark>）</th><th class=\"num\">评分 score</th></tr></thead><tbody>\n");
        foreach (var exchange in exchanges)
        {
            var asked = StructuredEvidence.Text(exchange["asked"] ?? exchange["question"]);
            var id = exchange["asked"] is null ? "" : StructuredEvidence.Text(exchange["question"]);
            var paraphrase = exchange["paraphrase"] is JsonValue p && p.TryGetValue<bool>(out var isParaphrase) && isParaphrase;
            var answer = StructuredEvidence.Text(exchange["answer"]);
            html.Append("<tr><td>").Append(Html.E(asked))
                .Append("<br><span class=\"small muted\">").Append(Html.E(id)).Append(paraphrase ? " · 改写 paraphrase" : "").Append("</span>")
                .Append("</td><td class=\"answer\">").Append(answer.Length == 0 ? "<span class=\"chip v-fail\">无回答 no answer</span>" : Highlight(answer, Spans(exchange, answer)))
                .Append(KeyPoints(exchange))
                .Append("</td><td class=\"num\"><b>").Append(Html.E(StructuredEvidence.Text(exchange["score"] ?? exchange["judgeScore"]))).Append("</b>")
                .Append("<br><span class=\"small\">").Append(Html.E(StructuredEvidence.Text(exchange["verdict"] ?? exchange["label"]))).Append("</span>")
                .Append("<br><span class=\"small muted\">").Append(Html.E(StructuredEvidence.Text(exchange["reason"]))).Append("</span>")
                .Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    /// <summary>The answer escaped, with each matched span in a &lt;mark&gt;; overlapping spans are merged, spans outside the answer ignored.</summary>
    public static string Highlight(string answer, IEnumerable<(int Start, int End)> spans)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans.Where(s => s.Start >= 0 && s.End <= answer.Length && s.Start < s.End).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        var html = new StringBuilder();
        var at = 0;
        foreach (var (start, end) in merged)
        {
            html.Append(Html.E(answer[at..start])).Append("<mark>").Append(Html.E(answer[start..end])).Append("</mark>");
            at = end;
        }

        return html.Append(Html.E(answer[at..])).ToString();
    }

    private static string KeyPoints(JsonObject exchange)
    {
        if (exchange["keyPoints"] is not JsonArray points || points.Count == 0)
        {
            return "";
        }

        var items = points.OfType<JsonObject>().Select(point =>
        {
            var found = point["found"] is JsonValue f && f.TryGetValue<bool>(out var yes) && yes;
            var role = StructuredEvidence.Text(point["role"]);
            return $"<span class=\"chip {(found ? "v-pass" : "v-fail")}\">{(found ? "✓" : "✗")} {Html.E(StructuredEvidence.Text(point["name"]))}</span>{(role.Length == 0 ? "" : "<span class=\"small muted\">" + Html.E(role) + "</span>")}";
        });
        return "<div class=\"keypoints small\">要点 key points: " + string.Join(" ", items) + "</div>";
    }

    private static IEnumerable<(int Start, int End)> Spans(JsonObject exchange, string answer)
    {
        foreach (var span in StructuredEvidence.FindObjects(exchange["keyPoints"] ?? exchange["matchedSpans"] ?? exchange["spans"], IsSpan))
        {
            var start = Number(span["offset"] ?? span["start"])!.Value;
            var end = Number(span["end"]) ?? start + Number(span["length"])!.Value;
            yield return (start, end);
        }

        if ((exchange["matchedSpans"] ?? exchange["spans"]) is JsonArray texts)
        {
            foreach (var text in texts.OfType<JsonValue>().Select(StructuredEvidence.Text).Where(t => t.Length > 0))
            {
                for (var i = answer.IndexOf(text, StringComparison.Ordinal); i >= 0; i = answer.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                {
                    yield return (i, i + text.Length);
                }
            }
        }
    }

    private static bool IsSpan(JsonObject o) =>
        Number(o["offset"] ?? o["start"]) is not null && (Number(o["length"]) is not null || Number(o["end"]) is not null);

    private static int? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
