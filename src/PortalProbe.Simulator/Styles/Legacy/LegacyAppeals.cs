using System.Globalization;
using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>The legacy appeal form (in an iframe), its save action and the progress query (ticket and phone).</summary>
internal static class LegacyAppeals
{
    public static IResult Frame(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Submission == SubmissionMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var body = $"""
            <table width="100%" border="0"><tr><td bgcolor="#E8EEF7"><b>{Html.Encode(portal.Vocabulary.Appeal)}</b>（请如实填写，带*为必填项）</td></tr>
            <tr><td><iframe id="{id["appeal.frame"]}" name="{id["appeal.frame"]}" src="/zxts/appeal_form.do" width="100%" height="560" frameborder="0" scrolling="auto"></iframe></td></tr></table>
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Appeal, body);
    }

    public static IResult Form(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Submission == SubmissionMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        if (portal.Submission == SubmissionMode.FormNeverLoads)
        {
            // The frame stays empty: the form service behind it is down.
            return Gbk.Html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body></body></html>", StatusCodes.Status503ServiceUnavailable);
        }

        var id = PortalMarkup.Ids(portal);
        var dead = portal.Has(PortalFaults.SubmitButtonDead) || portal.Submission == SubmissionMode.DeadButton;
        var submitLabel = Spaced(portal.Vocabulary.Submit);
        var onclick = dead ? "return false;" : "checkForm();";
        var options = string.Concat(AppealForm.Types.Select(t => $"<option value=\"{t}\">{t}</option>"));
        var enterprise = portal.EnterpriseEntrance
            ? LegacyAccounts.Row("企业诉求", $"<input type=\"checkbox\" id=\"{id["appeal.enterprise"]}\" name=\"{id["appeal.enterprise"]}\" value=\"1\">以企业身份反映")
            : "";
        var html = $$"""
            <html>
            <head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>诉求登记</title>
            <script language="javascript">
            function checkForm() {
              var f = document.forms['appealForm'];
              if (f['{{id["appeal.type"]}}'].value == '') { alert('请选择诉求类型！'); return; }
              if (f['{{id["appeal.title"]}}'].value == '') { alert('请填写标题！'); return; }
              if (f['{{id["appeal.content"]}}'].value.length < {{AppealForm.MinContentLength}}) { alert('诉求内容不少于{{AppealForm.MinContentLength}}个字！'); return; }
              if (!f['{{id["appeal.agree"]}}'].checked) { alert('请阅读并同意用户协议！'); return; }
              f.submit();
            }
            </script></head>
            <body style="font-size:12px">
            <form name="appealForm" method="post" action="/zxts/appeal_save.do">
            <table width="96%" border="1" cellspacing="0" cellpadding="5" bordercolor="#CCCCCC" align="center">
            {{LegacyAccounts.Row("*诉求类型", $"<select id=\"{id["appeal.type"]}\" name=\"{id["appeal.type"]}\"><option value=\"\">--请选择--</option>{options}</select>")}}
            {{LegacyAccounts.Row("*标　　题", LegacyAccounts.Input(id["appeal.title"], "text", 60))}}
            {{LegacyAccounts.Row("*诉求内容", $"<textarea id=\"{id["appeal.content"]}\" name=\"{id["appeal.content"]}\" rows=\"8\" cols=\"70\"></textarea>")}}
            {{LegacyAccounts.Row("*联系电话", LegacyAccounts.Input(id["appeal.phone"], "text", 20))}}
            {{enterprise}}<tr><td colspan="2"><input type="checkbox" id="{{id["appeal.agree"]}}" name="{{id["appeal.agree"]}}" value="1">我已阅读并同意《网上诉求须知》</td></tr>
            <tr><td colspan="2" align="center"><input type="button" id="{{id["appeal.submit"]}}" value="{{Html.Encode(submitLabel)}}" onclick="{{onclick}}">&nbsp;<input type="reset" value="重 置"></td></tr>
            </table>
            </form>
            </body></html>
            """;
        return Gbk.Html(html);
    }

    public static IResult Save(HttpContext http, PortalRuntime runtime, IReadOnlyDictionary<string, string> form)
    {
        var portal = runtime.Personality;
        if (portal.Submission == SubmissionMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        if (portal.Has(PortalFaults.Submission) || portal.Submission is SubmissionMode.ServerError or SubmissionMode.FormNeverLoads)
        {
            return ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "系统繁忙");
        }

        var id = PortalMarkup.Ids(portal);
        var appeal = AppealForm.Read(key => Gbk.Value(form, id["appeal." + key]), form.ContainsKey(id["appeal.agree"]));
        var errors = appeal.Validate();
        if (errors.Count > 0)
        {
            return LegacyLayout.Alert(errors[0], "history.back();");
        }

        var ticket = runtime.Tickets.Issue(appeal);
        var html = $"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>提交成功</title></head>
            <body style="font-size:12px">
            <script language="javascript">alert('提交成功！您的受理编号为：{ticket.Number}，请牢记。');</script>
            <table width="96%" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC" align="center">
            <tr><td bgcolor="#E8EEF7">提交成功</td></tr>
            <tr><td>受理编号：<span id="{id["appeal.ticket"]}">{Html.Encode(ticket.Number)}</span>（请凭受理编号和联系电话查询办理进度）</td></tr>
            </table>
            </body></html>
            """;
        return Gbk.Html(html);
    }

    public static IResult Query(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Progress == ProgressMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var query = Gbk.Query(http.Request);
        var number = Cap(Gbk.Value(query, id["progress.ticket"]));
        var phone = Cap(Gbk.Value(query, id["progress.phone"]));
        var result = query.ContainsKey(id["progress.ticket"]) ? Result(runtime, id, number, phone) : "";
        var body = $"""
            <form name="queryForm" method="get" action="/zxts/query.do">
            <table width="600" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC" align="center">
            <tr><td colspan="2" bgcolor="#E8EEF7"><b>{Html.Encode(portal.Vocabulary.Progress)}</b></td></tr>
            {LegacyAccounts.Row("受理编号", $"<input type=\"text\" id=\"{id["progress.ticket"]}\" name=\"{id["progress.ticket"]}\" value=\"{Html.Encode(number)}\" size=\"30\">")}
            {LegacyAccounts.Row("联系电话", $"<input type=\"text\" id=\"{id["progress.phone"]}\" name=\"{id["progress.phone"]}\" size=\"20\">")}
            <tr><td colspan="2" align="center"><input type="submit" id="{id["progress.submit"]}" value="查 询"></td></tr>
            </table>
            </form>
            {result}
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Progress, body);
    }

    private static string Result(PortalRuntime runtime, IReadOnlyDictionary<string, string> id, string number, string phone)
    {
        var portal = runtime.Personality;
        var ticket = portal.Progress == ProgressMode.Broken || number.Length == 0 ? null : runtime.Tickets.Find(number);
        if (ticket is null || !string.Equals(ticket.Phone, phone, StringComparison.Ordinal))
        {
            return $"<table id=\"{id["progress.result"]}\" width=\"600\" align=\"center\"><tr><td align=\"center\"><font color=\"red\">未查询到相关工单</font></td></tr></table>";
        }

        var status = TicketProgress.At(ticket, runtime.Context.Time.GetUtcNow(), portal.ReplyWorkingDays, portal.CityName);
        var submitted = ChinaTime.ToShanghai(ticket.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var reply = status.Reply is null ? "" : $"<tr><td align=\"right\">答复意见：</td><td>{Html.Encode(status.Reply)}</td></tr>";
        return $"""
            <table id="{id["progress.result"]}" width="600" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC" align="center">
            <tr><td width="120" align="right">受理编号：</td><td>{Html.Encode(ticket.Number)}</td></tr>
            <tr><td align="right">标　　题：</td><td>{Html.Encode(ticket.Title)}</td></tr>
            <tr><td align="right">登记时间：</td><td>{submitted}</td></tr>
            <tr><td align="right">办理状态：</td><td><span id="{id["progress.state"]}">{Html.Encode(status.State)}</span></td></tr>
            {reply}
            </table>
            """;
    }

    /// <summary>Old portals space out two-character button labels: 提交 becomes 提 交.</summary>
    private static string Spaced(string label) => label.Length == 2 ? $"{label[0]} {label[1]}" : label;

    private static string Cap(string text) => text.Length > 32 ? text[..32] : text;
}
