using System.Globalization;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The one-stop portal's appeal wizard (its last step posts the whole appeal as JSON) and its progress lookup by
/// ticket (诉求编号). Its rules are its own: content of at least 15 characters, the agreement ticked.
/// </summary>
internal static class OneStopAppeals
{
    public const int MinContent = 15;
    private const int MaxTitle = 50;
    private const int MaxContent = 2000;

    public static async Task SubmitAsync(HandwrittenRequest request)
    {
        if (await JsonApi.ReadAsync(request) is not { } body)
        {
            return;
        }

        var appeal = new AppealForm(JsonApi.Text(body, "type"), JsonApi.Text(body, "title"), JsonApi.Text(body, "content"), JsonApi.Text(body, "phone"), JsonApi.Flag(body, "agreed"));
        var problems = new List<string>();
        if (!AppealForm.Types.Contains(appeal.Type))
        {
            problems.Add("请选择诉求类型");
        }

        if (appeal.Title.Length is 0 or > MaxTitle)
        {
            problems.Add("诉求标题须为1-50字");
        }

        if (appeal.Content.Length is < MinContent or > MaxContent)
        {
            problems.Add("诉求内容须为15-2000字");
        }

        if (!PhoneNumbers.IsMobile(appeal.Phone))
        {
            problems.Add("请输入正确的联系手机号");
        }

        if (!appeal.Agreed)
        {
            problems.Add("请阅读并同意网上诉求须知");
        }

        if (problems.Count > 0)
        {
            await JsonApi.FailAsync(request, 1, string.Join("；", problems));
            return;
        }

        var ticket = request.Runtime.Tickets.Issue(appeal);
        await JsonApi.OkAsync(request, new { Sqbh = ticket.Number, AcceptedAt = Minute(ticket.SubmittedAt) }, "提交成功");
    }

    public static async Task ProgressAsync(HandwrittenRequest request)
    {
        var number = request.Http.Request.Query["sqbh"].FirstOrDefault()?.Trim() ?? "";
        if (number.Length == 0)
        {
            await JsonApi.FailAsync(request, 1, "请输入诉求编号");
            return;
        }

        var runtime = request.Runtime;
        if (number.Length > 40 || runtime.Tickets.Find(number) is not { } ticket)
        {
            await JsonApi.FailAsync(request, 404, "未查询到该诉求，请核对诉求编号");
            return;
        }

        var status = TicketProgress.At(ticket, runtime.Context.Time.GetUtcNow(), runtime.Personality.ReplyWorkingDays, runtime.Personality.CityName);
        await JsonApi.OkAsync(request, new
        {
            Sqbh = ticket.Number,
            ticket.Title,
            status.State,
            AcceptedAt = Minute(ticket.SubmittedAt),
            status.Reply,
            RepliedOn = status.RepliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    private static string Minute(DateTimeOffset at) =>
        ChinaTime.ToShanghai(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
