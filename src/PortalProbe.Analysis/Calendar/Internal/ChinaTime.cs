namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>Beijing time (Asia/Shanghai): the clock in which a working day begins and ends.</summary>
internal static class ChinaTime
{
    private static readonly TimeZoneInfo Zone = Load();

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    private static TimeZoneInfo Load()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without tzdata: China has kept UTC+8 without daylight saving since 1991, so a fixed offset
            // gives the same dates for every appeal this tool can see.
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "中国标准时间", "中国标准时间");
        }
    }
}
