using System.Text;
using PortalProbe.Cli.Output;
using PortalProbe.Diagnostics;
using PortalProbe.Results;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>The steps of one attempt: outcome, what the step did, where it is in the script, and its message.</summary>
internal static class StepTable
{
    public static string Render(AttemptResult attempt, bool open)
    {
        var html = new StringBuilder("<details class=\"steps\"").Append(open ? " open" : "").Append("><summary>")
            .Append(Html.E($"第 {attempt.Number} 次尝试 attempt {attempt.Number}: {attempt.Verdict.ToId()} · {BeijingTime.Format(attempt.StartedAt)} · {attempt.Steps.Count} steps"))
            .Append("</summary>\n<table><thead><tr><th class=\"num\">#</th><th>结果 outcome</th><th>步骤 step</th><th>位置 location</th><th>信息 message</th><th class=\"num\">ms</th></tr></thead><tbody>\n");
        foreach (var step in attempt.Steps)
        {
            html.Append("<tr><td class=\"num\">").Append(Html.E(step.Index)).Append("</td><td><span class=\"chip ").Append(Css(step.Outcome)).Append("\">")
                .Append(Html.E(Label(step.Outcome))).Append("</span></td><td>").Append(Html.E($"{step.Keyword}: {step.Description}"))
                .Append("</td><td class=\"small muted\" title=\"").Append(Html.E(step.Location.ToString())).Append("\">").Append(Html.E(ShortLocation(step.Location))).Append("</td><td>").Append(Html.E(step.Message ?? ""))
                .Append("</td><td class=\"num\">").Append(Html.E((long)step.Duration.TotalMilliseconds)).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table></details>\n").ToString();
    }

    /// <summary>The script file's folder and name with line and column; the full path is in the cell's title.</summary>
    private static string ShortLocation(SourceLocation location)
    {
        var folder = Path.GetFileName(Path.GetDirectoryName(location.File));
        var file = Path.GetFileName(location.File);
        return string.IsNullOrEmpty(folder) ? $"{file}:{location.Line}:{location.Column}" : $"{folder}/{file}:{location.Line}:{location.Column}";
    }

    private static string Css(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Passed => "v-pass",
        StepOutcome.Failed => "v-fail",
        StepOutcome.Manual => "v-manual",
        StepOutcome.Error => "v-error",
        _ => "v-skipped",
    };

    private static string Label(StepOutcome outcome) => outcome switch
    {
        StepOutcome.Passed => "passed",
        StepOutcome.Failed => "failed",
        StepOutcome.Manual => "manual",
        StepOutcome.Error => "error",
        _ => "not run",
    };
}
