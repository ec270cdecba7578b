using System.Globalization;

namespace PortalProbe.Cli.Output;

/// <summary>Times shown to evaluators are Beijing time, as the portals and the monitoring report use.</summary>
internal static class BeijingTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Today's date in Beijing on <paramref name="time"/>.</summary>
    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy-MM-dd HH:mm:ss '(Beijing)'", CultureInfo.InvariantCulture);
}
