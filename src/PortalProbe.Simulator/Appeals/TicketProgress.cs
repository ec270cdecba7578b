using PortalProbe.Simulator.Clock;

namespace PortalProbe.Simulator.Appeals;

/// <summary>
/// How a ticket moves with the clock, in Beijing working days after the day it was submitted: 已受理 on that day,
/// 办理中 from the first working day, 已办结 with a reply once <c>replyWorkingDays</c> working days have passed.
/// </summary>
internal static class TicketProgress
{
    public static TicketStatus At(Ticket ticket, DateTimeOffset now, int replyWorkingDays, string cityName)
    {
        var submitted = ChinaTime.DateOf(ticket.SubmittedAt);
        var today = ChinaTime.DateOf(now);
        var elapsed = WorkingDays.Between(submitted, today);
        if (elapsed >= replyWorkingDays)
        {
            var reply = $"您好，关于您反映的“{ticket.Title}”问题，已转{cityName}相关部门核实办理。经核实，相关部门已安排专人跟进处理，如有疑问请拨打12345热线。感谢您的监督与支持！";
            return new TicketStatus(Ticket.Closed, reply, RepliedOn(submitted, replyWorkingDays));
        }

        return new TicketStatus(elapsed == 0 ? Ticket.Accepted : Ticket.InProgress, null, null);
    }

    private static DateOnly RepliedOn(DateOnly submitted, int workingDays)
    {
        var day = submitted;
        for (var counted = 0; counted < workingDays;)
        {
            day = day.AddDays(1);
            if (WorkingDays.IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }
}
