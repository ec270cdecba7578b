using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Appeals;

/// <summary>
/// The appeal form and its success page. A re-shown form keeps what was typed except the phone number,
/// which is never written back into a response.
/// </summary>
internal static class AppealPage
{
    private const string DeadButtonScript = """
        <script>
        document.getElementById('appeal-form').addEventListener('submit', function (event) { event.preventDefault(); });
        </script>
        """;

    public static string Form(PortalPersonality portal, AppealForm values, IReadOnlyList<string> errors)
    {
        var options = string.Concat(AppealForm.Types.Select(t =>
            $"""<option value="{Html.Encode(t)}"{(t == values.Type ? " selected" : "")}>{Html.Encode(t)}</option>"""));
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Appeal)}</h1>
            {FormErrors.Render(errors)}
            <form id="appeal-form" method="post" action="/appeal" novalidate>
              <div class="field"><label for="type">诉求类型</label><select id="type" name="type"><option value="">请选择</option>{options}</select></div>
              <div class="field"><label for="title">标题</label><input type="text" id="title" name="title" maxlength="{AppealForm.MaxTitleLength}" value="{Html.Encode(values.Title)}"></div>
              <div class="field"><label for="content">诉求内容</label><textarea id="content" name="content" placeholder="请详细描述您的诉求（不少于10个字）">{Html.Encode(values.Content)}</textarea></div>
              <div class="field"><label for="phone">联系电话</label><input type="tel" id="phone" name="phone" maxlength="11"></div>
              {Enterprise(portal)}<div class="field"><input type="checkbox" id="agree" name="agree" value="on"{(values.Agreed ? " checked" : "")}><label for="agree">我已阅读并同意《用户服务协议》</label></div>
              <div class="field"><button type="submit" id="appeal-submit">{Html.Encode(portal.Vocabulary.Submit)}</button></div>
            </form>
            """;
        var script = portal.Has(PortalFaults.SubmitButtonDead) || portal.Submission == SubmissionMode.DeadButton ? DeadButtonScript : string.Empty;
        return PageLayout.Render(portal, portal.Vocabulary.Appeal, body, script);
    }

    /// <summary>The form that never loads: a spinner whose script asks /api/appeal/form, which fails.</summary>
    public static string NeverLoads(PortalPersonality portal)
    {
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Appeal)}</h1>
            <div id="appeal-form-container"><p class="loading" id="{portal.Vocabulary.Id("appeal-loading")}">表单加载中，请稍候……</p></div>
            """;
        const string script = "<script>fetch('/api/appeal/form').then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); }).catch(function () { /* the spinner stays */ });</script>";
        return PageLayout.Render(portal, portal.Vocabulary.Appeal, body, script);
    }

    private static string Enterprise(PortalPersonality portal) => portal.EnterpriseEntrance
        ? $"""<div class="field"><input type="checkbox" id="{portal.Vocabulary.Id("as-enterprise")}" name="enterprise" value="on"><label for="{portal.Vocabulary.Id("as-enterprise")}">以企业身份反映（企业诉求直达）</label></div>"""
        : string.Empty;

    public static string Success(PortalPersonality portal, Ticket ticket)
    {
        var body = $"""
            <h1>提交成功</h1>
            <p>您的诉求已提交，工单编号：<span id="ticket">{Html.Encode(ticket.Number)}</span></p>
            <p>请牢记工单编号，可在<a href="/progress">诉求查询</a>中查看办理进度。</p>
            """;
        return PageLayout.Render(portal, "提交成功", body);
    }
}
