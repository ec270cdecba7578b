namespace PortalProbe.Simulator.Clock;

/// <summary>Beijing time (Asia/Shanghai), the clock every ticket date is written in.</summary>
internal static class ChinaTime
{
    public static TimeZoneInfo Zone { get; } = Load();

    public static DateTimeOffset ToShanghai(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The calendar date in Beijing at <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToShanghai(instant).DateTime);

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tzdata: China has kept UTC+8 without daylight saving since 1991,
            // so a fixed offset gives the same dates.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
        }
    }
}
