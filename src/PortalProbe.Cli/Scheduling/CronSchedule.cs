using Quartz;

namespace PortalProbe.Cli.Scheduling;

/// <summary>A Quartz cron expression read in one time zone: when a job fires, as instants.</summary>
internal sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(string text, CronExpression expression, TimeZoneInfo timeZone)
    {
        Text = text;
        TimeZone = timeZone;
        _expression = expression;
    }

    /// <summary>The expression as configured, e.g. <c>0 0 1 * * ?</c>.</summary>
    public string Text { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <exception cref="FormatException">The expression is not a Quartz cron expression; the message says why.</exception>
    public static CronSchedule Parse(string text, TimeZoneInfo timeZone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(timeZone);
        var expression = CronExpression.Parse(text).WithTimeZone(timeZone);
        return new CronSchedule(text, expression, timeZone);
    }

    /// <summary>The first fire time strictly after <paramref name="instant"/>, or null when the expression never fires again.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => _expression.GetNextValidTimeAfter(instant);

    /// <summary>The instant as the schedule's wall clock, e.g. <c>2026-11-23 01:00 (Asia/Shanghai)</c>.</summary>
    public string Describe(DateTimeOffset instant) =>
        $"{TimeZoneInfo.ConvertTime(instant, TimeZone):yyyy-MM-dd HH:mm:ss} ({TimeZone.Id})";

    public override string ToString() => $"{Text} ({TimeZone.Id})";
}
