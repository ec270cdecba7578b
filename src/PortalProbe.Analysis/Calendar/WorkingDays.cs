using PortalProbe.Analysis.Calendar.Internal;

namespace PortalProbe.Analysis.Calendar;

/// <summary>
/// Counts working days between an appeal's submission and its first reply, in Beijing time (Asia/Shanghai).
/// The day of submission is never counted; every working day after it up to and including the day of the reply
/// is. So the count starts on the next working day: submitted Friday evening and answered Monday counts 1;
/// submitted on the eve of a holiday, counting starts on the first working day after the holiday; answered on
/// the day of submission counts 0. Documented with examples in docs/calendar-and-dates.md.
/// </summary>
public sealed class WorkingDays(WorkdayCalendar calendar)
{
    private readonly WorkdayCalendar _calendar = calendar ?? throw new ArgumentNullException(nameof(calendar));

    public WorkingDayCount Between(DateTimeOffset submitted, DateTimeOffset replied)
    {
        if (replied < submitted)
        {
            return WorkingDayCount.NotMeasured(
                $"the reply ({replied:yyyy-MM-dd HH:mm zzz}) is earlier than the submission ({submitted:yyyy-MM-dd HH:mm zzz})");
        }

        var first = ChinaTime.DateOf(submitted).AddDays(1);
        var last = ChinaTime.DateOf(replied);
        if (last < first)
        {
            return WorkingDayCount.Measured(0); // replied on the day of submission: no day to count, no year needed
        }

        var missing = Enumerable.Range(first.Year, last.Year - first.Year + 1).Where(y => !_calendar.Covers(y)).ToList();
        if (missing.Count > 0)
        {
            return WorkingDayCount.NotMeasured(
                $"the working-day calendar has no data for {string.Join(", ", missing)} " +
                $"(needed for {DateText.Iso(first)} to {DateText.Iso(last)}); add the year from the State Council's announcement");
        }

        var count = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (_calendar.IsWorkingDay(day))
            {
                count++;
            }
        }

        return WorkingDayCount.Measured(count);
    }

    /// <summary>Whether the first reply came within <paramref name="limit"/> working days (the evaluators use 5).</summary>
    public ReplyTimeliness RepliedWithin(DateTimeOffset submitted, DateTimeOffset replied, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return new ReplyTimeliness(Between(submitted, replied), limit);
    }
}
