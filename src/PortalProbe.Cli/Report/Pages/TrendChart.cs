using System.Globalization;
using System.Text;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>
/// A city's trend as an inline SVG: scenarios passed (green) and failed (red) per run or sweep, against the number
/// of scenarios (grey), oldest on the left. Every point carries a title with its label, time and counts.
/// </summary>
internal static class TrendChart
{
    private const int Width = 640;
    private const int Height = 180;
    private const int Left = 36;
    private const int Right = 16;
    private const int Top = 12;
    private const int Bottom = 30;

    public static string Render(IReadOnlyList<TrendPoint> points)
    {
        if (points.Count == 0)
        {
            return "<p class=\"muted\">没有可用的历史记录 no history.</p>";
        }

        var step = (int)Math.Ceiling(Math.Max(1, points.Max(p => p.Total)) / 4.0);
        var max = step * (int)Math.Ceiling(Math.Max(1, points.Max(p => p.Total)) / (double)step);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" role=\"img\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title>").Append(Html.E($"通过的场景数随时间变化 passed scenarios over {points.Count} {Unit(points)}")).Append("</title>");
        for (var value = 0; value <= max; value += step)
        {
            var y = Y(value, max);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e3e6ea\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4:0.#}\" font-size=\"11\" text-anchor=\"end\" fill=\"#5f6670\">{value}</text>");
        }

        svg.Append(Series(points, p => p.Total, max, "#9aa0a6", "total"))
            .Append(Series(points, p => p.Failed, max, "#b3261e", "failed"))
            .Append(Series(points, p => p.Passed, max, "#1e7b34", "passed"));
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 8}\" font-size=\"11\" fill=\"#5f6670\">{Html.E(Day(points[0]))}</text>");
        if (points.Count > 1)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 8}\" font-size=\"11\" text-anchor=\"end\" fill=\"#5f6670\">{Html.E(Day(points[^1]))}</text>");
        }

        return svg.Append("</svg>\n<p class=\"small\"><span style=\"color:#1e7b34\">● 通过 passed</span> &nbsp; <span style=\"color:#b3261e\">● 未通过 failed</span> &nbsp; <span style=\"color:#9aa0a6\">● 场景总数 total</span></p>\n").ToString();
    }

    private static string Series(IReadOnlyList<TrendPoint> points, Func<TrendPoint, int> value, int max, string colour, string name)
    {
        var line = new StringBuilder();
        var coordinates = points.Select((p, i) => (Point: p, X: X(i, points.Count), Y: Y(value(p), max))).ToList();
        if (coordinates.Count > 1)
        {
            line.Append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").Append(colour).Append("\" points=\"")
                .AppendJoin(' ', coordinates.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.X:0.#},{c.Y:0.#}")))
                .Append("\"/>");
        }

        foreach (var c in coordinates)
        {
            line.Append(CultureInfo.InvariantCulture, $"<circle class=\"pt-{name}\" cx=\"{c.X:0.#}\" cy=\"{c.Y:0.#}\" r=\"3.5\" fill=\"{colour}\"><title>")
                .Append(Html.E($"{c.Point.Label} {Cli.Output.BeijingTime.Format(c.Point.At)}: {c.Point.Passed} passed, {c.Point.Failed} failed of {c.Point.Total}"))
                .Append("</title></circle>");
        }

        return line.ToString();
    }

    /// <summary>What the points are: the sweeps of a sweep report, else runs.</summary>
    private static string Unit(IReadOnlyList<TrendPoint> points) =>
        points.All(p => p.Label.StartsWith("sweep ", StringComparison.Ordinal)) ? "sweeps" : "runs";

    private static double X(int index, int count) =>
        count == 1 ? (Left + Width - Right) / 2.0 : Left + ((Width - Left - Right) * index / (double)(count - 1));

    private static double Y(double value, int max) => Top + ((Height - Top - Bottom) * (1 - (value / max)));

    private static string Day(TrendPoint point) => $"{point.Label} · {Cli.Output.BeijingTime.Format(point.At)[..16]}";
}
