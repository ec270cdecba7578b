using System.Globalization;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Disclosure;

/// <summary>Writes a date the way Chinese government sites do.</summary>
internal static class DateFormats
{
    public static string Format(DateOnly date, DateStyle style) => style switch
    {
        DateStyle.YearMonth => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月"),
        DateStyle.Slashed => string.Create(CultureInfo.InvariantCulture, $"{date.Year}/{date.Month}/{date.Day}"),
        DateStyle.MonthDay => string.Create(CultureInfo.InvariantCulture, $"{date.Month}月{date.Day}日"),
        DateStyle.Labelled => "发布时间：" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    /// <summary>The item's date as printed, or empty when it has none.</summary>
    public static string Of(DisclosureItem item, DateStyle style) => item.Published is { } date ? Format(date, style) : "";
}
