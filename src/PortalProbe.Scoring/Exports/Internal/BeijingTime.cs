using System.Globalization;

namespace PortalProbe.Scoring.Exports.Internal;

/// <summary>Times in exports are Beijing time, as the portals and the monitoring report use.</summary>
internal static class BeijingTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>ISO 8601 with the +08:00 offset, for example 2026-04-01T10:00:00+08:00.</summary>
    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
