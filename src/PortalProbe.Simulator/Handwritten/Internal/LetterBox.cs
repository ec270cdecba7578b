using System.Globalization;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The old portal's 「我要写信」: an anonymous letter posted as a form, answered with
/// <c>alert('提交成功！您的信件编号为：…')</c> and a page showing the letter number and its query password; and the
/// letter lookup, which needs both.
/// </summary>
internal static class LetterBox
{
    public const int MinContent = 20;
    private const string Back = "history.back();";

    public static async Task SubmitAsync(HandwrittenRequest request)
    {
        var form = await FormInput.ReadAsync(request.Http.Request, request.Aborted);
        if (form is null)
        {
            await OldPage.AlertAsync(request, "请求参数错误！", Back);
            return;
        }

        string Field(string name) => FormInput.Value(form, name);
        var problem = Field("xm").Length is 0 or > 20 ? "请填写姓名！"
            : !PhoneNumbers.IsMobile(Field("dh")) ? "请填写正确的手机号码！"
            : !AppealForm.Types.Contains(Field("lb")) ? "请选择信件类别！"
            : Field("bt").Length is 0 or > 50 ? "请填写信件标题（50字以内）！"
            : Field("nr").Length is < MinContent or > 2000 ? "信件内容不少于20字！"
            : null;
        if (problem is not null)
        {
            await OldPage.AlertAsync(request, problem, Back);
            return;
        }

        var runtime = request.Runtime;
        var ticket = runtime.Tickets.Issue(new AppealForm(Field("lb"), Field("bt"), Field("nr"), Field("dh"), Agreed: true));
        var password = QueryPasswords.For(runtime.Personality.CityCode, ticket.Number);
        var body = $"""
            <p><b>您的信件已提交成功！</b></p>
            <p>信件编号：<b id="xjbh">{ticket.Number}</b></p>
            <p>查询密码：<b id="cxmm">{password}</b></p>
            <p>请牢记信件编号和查询密码，凭此在「<a href="/xjcx.htm">信件查询</a>」中查看办理进度和答复。</p>
            """;
        await OldPage.WriteAsync(request, "提交成功",
            $"<script type=\"text/javascript\">alert('提交成功！您的信件编号为：{ticket.Number}，查询密码为：{password}，请妥善保管。');</script>", body);
    }

    public static async Task QueryAsync(HandwrittenRequest request)
    {
        var query = request.Http.Request.Query;
        var number = query["bh"].FirstOrDefault()?.Trim() ?? "";
        var password = query["mm"].FirstOrDefault()?.Trim() ?? "";
        if (number.Length == 0 || password.Length == 0)
        {
            await OldPage.AlertAsync(request, "请输入信件编号和查询密码！", Back);
            return;
        }

        var runtime = request.Runtime;
        if (number.Length > 40 || runtime.Tickets.Find(number) is not { } ticket
            || !QueryPasswords.Matches(runtime.Personality.CityCode, ticket.Number, password))
        {
            await OldPage.WriteAsync(request, "查询结果", "",
                "<p class=\"err\" id=\"cxjg\">信件编号或查询密码不正确，请核对后重新查询。</p><p><a href=\"/xjcx.htm\">重新查询</a></p>");
            return;
        }

        var status = TicketProgress.At(ticket, runtime.Context.Time.GetUtcNow(), runtime.Personality.ReplyWorkingDays, runtime.Personality.CityName);
        var submitted = ChinaTime.ToShanghai(ticket.SubmittedAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var reply = status.Reply is null
            ? "（尚未答复）"
            : $"{Html.Encode(status.Reply)}<br>答复日期：{status.RepliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var body = $"""
            <table class="tj" id="cxjg">
            <tr><th width="100">信件编号</th><td>{Html.Encode(ticket.Number)}</td></tr>
            <tr><th>信件标题</th><td>{Html.Encode(ticket.Title)}</td></tr>
            <tr><th>信件类别</th><td>{Html.Encode(ticket.Type)}</td></tr>
            <tr><th>提交时间</th><td>{submitted}</td></tr>
            <tr><th>办理状态</th><td id="zt">{Html.Encode(status.State)}</td></tr>
            <tr><th>答复内容</th><td id="dfnr" style="text-align:left">{reply}</td></tr>
            </table>
            """;
        await OldPage.WriteAsync(request, "查询结果", "", body);
    }
}
