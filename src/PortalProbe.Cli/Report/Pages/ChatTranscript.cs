using System.Text;
using System.Text.Json.Nodes;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>Chatbot questions with the answers given, the judge's score and the key-point spans it matched, highlighted.</summary>
internal static class ChatTranscript
{
    public static string Render(IReadOnlyList<JsonObject> exchanges)
    {
        var html = new StringBuilder("<table class=\"chat\"><thead><tr><th>问题 question</th><th>回答 answer（<mark>命中要点</mark>）</th><th class=\"num\">评分 score</th></tr></thead><tbody>\n");
        foreach (var exchange in exchanges)
        {
            var answer = StructuredEvidence.Text(exchange["answer"]);
            var paraphrase = StructuredEvidence.Text(StructuredEvidence.Field(exchange, "paraphraseOf", "original"));
            var verdict = StructuredEvidence.Text(StructuredEvidence.Field(exchange, "verdict", "label"));
            html.Append("<tr><td>").Append(Html.E(StructuredEvidence.Text(exchange["question"])))
                .Append(paraphrase.Length == 0 ? "" : "<br><span class=\"small muted\">改写自 paraphrase of: " + Html.E(paraphrase) + "</span>")
                .Append("</td><td>").Append(answer.Length == 0 ? "<span class=\"chip v-fail\">无回答 no answer</span>" : Highlight(answer, Spans(exchange, answer)))
                .Append("</td><td class=\"num\">").Append(Html.E(StructuredEvidence.Text(StructuredEvidence.Field(exchange, "score", "judgeScore"))))
                .Append(verdict.Length == 0 ? "" : "<br><span class=\"small muted\">" + Html.E(verdict) + "</span>")
                .Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    /// <summary>The answer escaped, with each matched span in a &lt;mark&gt;; overlapping spans are merged.</summary>
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

    private static IEnumerable<(int Start, int End)> Spans(JsonObject exchange, string answer)
    {
        if (StructuredEvidence.Field(exchange, "matchedSpans", "spans", "matched", "matchedKeyPoints") is not JsonArray spans)
        {
            yield break;
        }

        foreach (var span in spans)
        {
            if (span is JsonObject o && Number(o["start"]) is { } start)
            {
                var end = Number(o["end"]) ?? (Number(o["length"]) is { } length ? start + length : null);
                if (end is { } e)
                {
                    yield return (start, e);
                }
            }
            else if ((span is JsonObject t ? StructuredEvidence.Text(t["text"]) : StructuredEvidence.Text(span)) is { Length: > 0 } text)
            {
                for (var i = answer.IndexOf(text, StringComparison.Ordinal); i >= 0; i = answer.IndexOf(text, i + text.Length, StringComparison.Ordinal))
                {
                    yield return (i, i + text.Length);
                }
            }
        }
    }

    private static int? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
}
