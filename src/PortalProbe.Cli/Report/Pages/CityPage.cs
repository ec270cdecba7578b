using System.Text;
using PortalProbe.Cities;
using PortalProbe.Cli.Output;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>cities/CODE.html: one city's run, channel by channel, with its scores and its trend.</summary>
internal static class CityPage
{
    /// <summary>The folder of the city pages, relative to the report root.</summary>
    public const string Folder = "cities";

    /// <summary>The page of a city relative to the report root; the code is six digits, so it is safe in a path and a URL.</summary>
    public static string FileName(string cityCode) => $"{Folder}/{cityCode}.html";

    public static string ScenarioAnchor(ScenarioResult scenario) => Html.Id("s", scenario.Channel.ToId(), scenario.Scenario);

    public static string Render(CityReport city, ReportScores? scores, ReportEvidence evidence)
    {
        var run = city.Run;
        var info = run.City;
        var body = new StringBuilder();
        body.Append("<h1>").Append(Html.E(info.Name)).Append(" <span class=\"muted\">").Append(Html.E(info.Code)).Append("</span></h1>\n")
            .Append("<p class=\"muted\">").Append(Html.E($"{info.Province} · {info.Level} · {info.Tier} · run {run.RunId} · 开始 {BeijingTime.Format(run.StartedAt)}"))
            .Append(run.FinishedAt is { } finished ? Html.E($" · 结束 {BeijingTime.Format(finished)}") : "")
            .Append(" · 模式 ").Append(Html.E(Mode(run))).Append("</p>\n");
        if (!run.Complete)
        {
            body.Append("<p class=\"banner warn\">这次检测没有完成 (incomplete run: interrupted or still running); 只显示已保存的场景。</p>\n");
        }

        body.Append("<p>");
        foreach (var s in run.Scenarios)
        {
            body.Append("<a href=\"#").Append(ScenarioAnchor(s)).Append("\">").Append(VerdictStyle.Of(s).Chip($"{s.Channel.DisplayName()} {s.Scenario}")).Append("</a>");
        }

        body.Append("</p>\n");
        body.Append(ScoreSection.Render(scores?.Cities.GetValueOrDefault(info.Code), scores is not null));
        body.Append("<h2 id=\"trend\">趋势 Trend</h2>\n").Append(TrendChart.Render(city.Trend));

        foreach (var channel in run.Scenarios.GroupBy(s => s.Channel))
        {
            body.Append("<section class=\"channel\" id=\"").Append(Html.Id("c", channel.Key.ToId())).Append("\"><h2>")
                .Append(Html.E($"{channel.Key.DisplayName()} ({channel.Key.ToId()})")).Append("</h2>\n");
            foreach (var scenario in channel)
            {
                body.Append(ScenarioSection.Render(scenario, evidence));
            }

            body.Append("</section>\n");
        }

        var crumb = $"<a href=\"../index.html\">PortalProbe 报告</a> › {Html.E(info.Name)} {Html.E(info.Code)}";
        return PageShell.Wrap($"{info.Name} {info.Code} · 12345 检测", crumb, body.ToString());
    }

    private static string Mode(CityRunResult run)
    {
        var modes = run.Scenarios.SelectMany(s => s.Facts).Where(f => f.Name == Facts.FactRegistry.Mode.Name).Select(f => f.Value).Distinct().ToList();
        return modes.Count == 0 ? "unknown" : string.Join(", ", modes);
    }
}
