using System.Globalization;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Appeals;

/// <summary>GET /progress: look a ticket up by its number.</summary>
internal static class ProgressPage
{
    public static string Render(PortalPersonality portal, string? query, Ticket? ticket, TicketStatus? status)
    {
        var result = (query, ticket) switch
        {
            (null, _) => string.Empty,
            ({ Length: 0 }, _) => """<p id="progress-result">请输入工单编号</p>""",
            (_, null) => """<p id="progress-result">未查询到相关工单</p>""",
            (_, { } found) => Table(found, status!),
        };
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Progress)}</h1>
            <form id="progress-form" method="get" action="/progress">
              <div class="field"><label for="ticket-no">工单编号</label><input type="text" id="ticket-no" name="ticket" maxlength="32" value="{Html.Encode(query)}">
                <button type="submit" id="progress-submit">查询</button></div>
            </form>
            {result}
            """;
        return PageLayout.Render(portal, portal.Vocabulary.Progress, body);
    }

    private static string Table(Ticket ticket, TicketStatus status)
    {
        var submitted = ChinaTime.ToShanghai(ticket.SubmittedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return $"""
            <table id="progress-result">
              <tr><th>工单编号</th><td id="progress-ticket">{Html.Encode(ticket.Number)}</td></tr>
              <tr><th>诉求类型</th><td>{Html.Encode(ticket.Type)}</td></tr>
              <tr><th>标题</th><td>{Html.Encode(ticket.Title)}</td></tr>
              <tr><th>提交时间</th><td id="submitted-at">{submitted}</td></tr>
              <tr><th>办理状态</th><td id="state">{Html.Encode(status.State)}</td></tr>{Reply(status)}
            </table>
            """;
    }

    private static string Reply(TicketStatus status) => status.Reply is null
        ? string.Empty
        : $"""

              <tr><th>答复时间</th><td id="replied-at">{status.RepliedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}</td></tr>
              <tr><th>答复内容</th><td id="reply">{Html.Encode(status.Reply)}</td></tr>
            """;
}
