using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Cli.Report.Pages;

/// <summary>How a scenario's verdict looks in the report: a CSS class for its colour and the words beside it.</summary>
internal sealed record VerdictStyle(string CssClass, string Label, string Chinese)
{
    public static readonly IReadOnlyList<VerdictStyle> Legend =
    [
        new("v-pass", "pass", "通过"),
        new("v-dry", "pass (dry run)", "通过（演练，未实际提交）"),
        new("v-flaky", "pass (flaky)", "复测通过（不稳定）"),
        new("v-fail", "fail", "未通过"),
        new("v-manual", "manual", "需人工核验"),
        new("v-error", "error", "检测出错（非门户原因）"),
        new("v-skipped", "skipped", "未运行"),
    ];

    public static VerdictStyle Of(ScenarioResult scenario) => scenario.Verdict switch
    {
        Verdict.Pass when scenario.Flaky => Legend[2],
        Verdict.Pass when scenario.StoppedForDryRun => Legend[1],
        Verdict.Pass => Legend[0],
        Verdict.Fail => Legend[3],
        Verdict.Manual => Legend[4],
        Verdict.Error => Legend[5],
        _ => Legend[6],
    };

    /// <summary>The chip for a scenario: coloured by verdict, with the words, never colour alone.</summary>
    public string Chip(string? prefix = null) =>
        $"<span class=\"chip {CssClass}\">{(prefix is null ? "" : Html.E(prefix) + " ")}{Html.E(Label)}</span>";

    /// <summary>The Chinese name of a function (scenario kind) as the matrix heads its column.</summary>
    public static string FunctionName(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Registration => "注册",
        ScenarioKind.Login => "登录",
        ScenarioKind.Links => "链接稳定性",
        ScenarioKind.Submission => "诉求提交",
        ScenarioKind.Progress => "进度查询",
        ScenarioKind.Chatbot => "智能客服",
        ScenarioKind.Disclosure => "资讯公开",
        ScenarioKind.SelfService => "自主查询",
        _ => "其他",
    };
}
