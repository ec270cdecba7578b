using System.Globalization;
using System.Text;
using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>One scenario on one channel: verdict and reason, facts, the evidence it kept, and its steps attempt by attempt.</summary>
internal static class ScenarioSection
{
    public static string Render(ScenarioResult scenario, ReportEvidence evidence)
    {
        var style = VerdictStyle.Of(scenario);
        var html = new StringBuilder();
        html.Append("<article class=\"scenario ").Append(style.CssClass).Append("-scenario\" id=\"").Append(CityPage.ScenarioAnchor(scenario)).Append("\">\n<h3>")
            .Append(style.Chip()).Append(' ').Append(Html.E(scenario.Scenario))
            .Append(" <span class=\"muted small\">").Append(Html.E(string.Create(CultureInfo.InvariantCulture, $"{VerdictStyle.FunctionName(scenario.Kind)} ({scenario.Kind.ToId()}) · {scenario.Channel.DisplayName()} · {scenario.Attempts.Count} attempt(s) · {scenario.Duration.TotalSeconds:0.0}s")))
            .Append("</span></h3>\n<p class=\"reason\">").Append(Html.E(scenario.Reason)).Append("</p>\n");
        if (scenario.Final.Hint is { } hint)
        {
            html.Append("<p class=\"hint\">提示 hint: ").Append(Html.E(hint)).Append("</p>\n");
        }

        if (scenario.Verdict == Verdict.Manual)
        {
            html.Append("<p class=\"banner warn\">需人工核验 manual: 这一步需要真人完成（验证码、微信授权或短信），没有自动判定通过或失败。</p>\n");
        }

        if (scenario.Flaky)
        {
            html.Append("<p class=\"banner info\">复测通过 flaky: 第一次失败 — ").Append(Html.E(scenario.Attempts[0].Reason)).Append("</p>\n");
        }

        if (scenario.StoppedForDryRun)
        {
            html.Append("<p class=\"banner info\">演练 dry run: 在第一个会产生实际操作的步骤前停止，未实际提交。</p>\n");
        }

        html.Append(FactTable.Render(scenario.Facts));
        foreach (var item in scenario.Final.Evidence.Where(e => e.Kind is not (EvidenceKind.Screenshot or EvidenceKind.Trace or EvidenceKind.Html)))
        {
            html.Append(StructuredEvidence.Render(item, evidence));
        }

        html.Append(EvidenceSection.Render(scenario, evidence));
        foreach (var attempt in scenario.Attempts)
        {
            html.Append(StepTable.Render(attempt, open: attempt.Verdict != Verdict.Pass || scenario.Attempts.Count > 1));
        }

        return html.Append("</article>\n").ToString();
    }
}
