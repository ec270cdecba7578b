using PortalProbe.Analysis.Calendar;
using PortalProbe.Facts;

namespace PortalProbe.Browser.Checks.Progress;

/// <summary>
/// The reply-timing facts of one ticket: working days from its submission to the first reply seen (Beijing
/// working days, counted from the next working day), and whether that is within 5. A ticket still without a
/// reply after more than 5 working days has missed the limit already. Without a calendar, or when the calendar
/// lacks a year, nothing is counted and <c>progress.notMeasured</c> says why.
/// </summary>
internal static class ReplyTiming
{
    public const int Limit = 5;

    public static IEnumerable<FactValue> Facts(WorkdayCalendar? calendar, DateTimeOffset submitted, DateTimeOffset? firstReply, DateTimeOffset now)
    {
        if (calendar is null)
        {
            yield return FactValue.Of(FactRegistry.ProgressNotMeasured, "no working-day calendar was loaded (checks/calendar/cn-workdays.yaml)");
            yield break;
        }

        var days = new WorkingDays(calendar);
        if (firstReply is { } replied)
        {
            var count = days.Between(submitted, replied);
            if (count.Days is { } measured)
            {
                yield return FactValue.Of(FactRegistry.ProgressWorkingDaysToReply, measured);
                yield return FactValue.Of(FactRegistry.ProgressRepliedWithin5, measured <= Limit);
            }
            else
            {
                yield return FactValue.Of(FactRegistry.ProgressNotMeasured, count.NotMeasuredReason!);
            }

            yield break;
        }

        var waiting = days.Between(submitted, now);
        if (waiting.Days is > Limit)
        {
            yield return FactValue.Of(FactRegistry.ProgressRepliedWithin5, false);
        }
        else if (waiting.NotMeasuredReason is { } reason)
        {
            yield return FactValue.Of(FactRegistry.ProgressNotMeasured, reason);
        }
    }
}
