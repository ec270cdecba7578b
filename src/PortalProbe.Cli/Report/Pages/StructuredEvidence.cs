using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// Data evidence a check stored as JSON, shown the way a person reads it: link lists as a table of broken and flaky
/// links with their request chains, chatbot transcripts as questions and answers with judge scores and the matched
/// spans highlighted, anything else as indented JSON. Shapes are recognised by their fields, so a check may add
/// fields freely; everything is escaped.
/// </summary>
internal static class StructuredEvidence
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(EvidenceRef item, ReportEvidence evidence)
    {
        var text = evidence.ReadText(item);
        if (text is null)
        {
            return "";
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return Titled(item, $"<pre>{Html.E(text.Length > 20_000 ? text[..20_000] + "…" : text)}</pre>");
        }

        var links = FindObjects(root, o => o["url"] is JsonValue && (o["chain"] is not null || o["outcome"] is not null)).ToList();
        var answers = FindObjects(root, o => o["question"] is JsonValue && o.ContainsKey("answer")).ToList();
        var dates = FindObjects(root, o => o["date"] is JsonValue && (o.ContainsKey("written") || o.ContainsKey("text"))).ToList();
        var visited = FindObjects(root, o => o["url"] is JsonValue && o.ContainsKey("problem") && !o.ContainsKey("outcome")).ToList();
        var html = new StringBuilder(Summary(root));
        if (links.Count > 0)
        {
            html.Append(LinkTable.Render(links));
        }

        if (answers.Count > 0)
        {
            html.Append(ChatTranscript.Render(answers));
        }

        if (dates.Count > 0)
        {
            html.Append(DateTable.Render(dates, Text(root?["newest"])));
        }

        if (visited.Count > 0)
        {
            html.Append("<details class=\"visited\"><summary>").Append(Html.E($"访问过的页面 pages visited ({visited.Count})")).Append("</summary><ul class=\"chain\">");
            foreach (var page in visited)
            {
                var problem = Text(page["problem"]);
                html.Append("<li>").Append(Html.E(Text(page["url"]))).Append(" <span class=\"muted\">(").Append(Html.E(Text(page["status"]))).Append(')')
                    .Append(problem.Length == 0 ? "" : " " + Html.E(problem)).Append("</span></li>");
            }

            html.Append("</ul></details>\n");
        }

        if (links.Count == 0 && answers.Count == 0 && dates.Count == 0)
        {
            html.Append("<details><summary>JSON</summary><pre>").Append(Html.E(root?.ToJsonString(Indented) ?? "null")).Append("</pre></details>");
        }

        return Titled(item, html.ToString());
    }

    /// <summary>Every object in the document that <paramref name="match"/> accepts, outermost first; matches are not searched inside.</summary>
    public static IEnumerable<JsonObject> FindObjects(JsonNode? node, Func<JsonObject, bool> match)
    {
        switch (node)
        {
            case JsonObject o when match(o):
                yield return o;
                break;
            case JsonObject o:
                foreach (var child in o.Select(p => p.Value).SelectMany(v => FindObjects(v, match)))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(v => FindObjects(v, match)))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>The first of <paramref name="names"/> found on the object or on an object it directly holds.</summary>
    public static JsonNode? Field(JsonObject o, params string[] names)
    {
        foreach (var name in names)
        {
            if (o[name] is { } value)
            {
                return value;
            }
        }

        return o.Select(p => p.Value).OfType<JsonObject>().Select(child => names.Select(n => child[n]).FirstOrDefault(v => v is not null)).FirstOrDefault(v => v is not null);
    }

    /// <summary>A scalar as plain text (strings unquoted); objects and arrays as compact JSON.</summary>
    public static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    /// <summary>The document's own scalar fields (and those of objects it holds directly), as "name: value" pairs.</summary>
    private static string Summary(JsonNode? root)
    {
        if (root is not JsonObject document)
        {
            return "";
        }

        var pairs = new List<string>();
        foreach (var (name, value) in document)
        {
            if (value is JsonValue)
            {
                pairs.Add(Pair(name, value));
            }
            else if (value is JsonObject nested)
            {
                pairs.AddRange(nested.Where(p => p.Value is JsonValue).Select(p => Pair($"{name}.{p.Key}", p.Value)));
            }
        }

        return pairs.Count == 0 ? "" : $"<p class=\"small data-summary\">{string.Join(" · ", pairs)}</p>\n";
    }

    private static string Pair(string name, JsonNode? value)
    {
        var text = Text(value);
        return $"<span class=\"muted\">{Html.E(name)}:</span> {Html.E(text.Length > 200 ? text[..200] + "…" : text)}";
    }

    private static string Titled(EvidenceRef item, string content) =>
        $"<div class=\"data-evidence\"><h4>{Html.E(item.Label ?? "data")}</h4>\n{content}</div>\n";
}
