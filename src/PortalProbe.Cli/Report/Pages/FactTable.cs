using System.Text;
using PortalProbe.Facts;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>A scenario's facts with units and meanings from the registry; disclosure dates and anything not measured stand out.</summary>
internal static class FactTable
{
    public static string Render(IReadOnlyList<FactValue> facts)
    {
        if (facts.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<table class=\"facts\"><thead><tr><th>事实 fact</th><th>值 value</th><th>含义 meaning</th></tr></thead><tbody>\n");
        foreach (var fact in facts)
        {
            var definition = FactRegistry.Find(fact.Name);
            var css = fact.Name.EndsWith(".notMeasured", StringComparison.Ordinal) ? " class=\"not-measured\""
                : fact.Type == FactType.Date ? " class=\"date-fact\""
                : "";
            html.Append("<tr").Append(css).Append("><td><code>").Append(Html.E(fact.Name)).Append("</code></td><td>")
                .Append(fact.Type == FactType.Date ? "<b>" + Html.E(fact.Value) + "</b>" : Html.E(Value(fact)))
                .Append(definition is { Unit.Length: > 0 } ? " <span class=\"muted\">" + Html.E(definition.Unit) + "</span>" : "")
                .Append("</td><td class=\"small muted\">").Append(Html.E(definition?.Description ?? "")).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n").ToString();
    }

    private static string Value(FactValue fact) =>
        fact.Type == FactType.Ratio && double.TryParse(fact.Value, System.Globalization.CultureInfo.InvariantCulture, out var ratio)
            ? $"{fact.Value} ({Html.Percent(ratio)})"
            : fact.Value;
}
