using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>Reads one year: <c>source</c>, <c>holidays</c> (required, not empty) and <c>workdays</c>.</summary>
internal static class YearReader
{
    private static readonly string[] YearKeys = ["source", "holidays", "workdays"];

    public static CalendarYear? Read(int year, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Location, $"year {year} must be a mapping with 'holidays' and 'workdays'");
            return null;
        }

        var keys = MappingKeys.Check(mapping, $"year {year}", YearKeys, diagnostics);
        var source = keys.TryGetValue("source", out var s) ? ReadSource(s.Value, diagnostics) : null;
        var holidays = ReadHolidays(year, mapping, keys, diagnostics);
        var workdays = keys.TryGetValue("workdays", out var w) ? ReadWorkdays(year, w.Value, holidays, diagnostics) : [];
        return new CalendarYear(year, source, holidays.Select(h => h.Holiday).ToList(), workdays);
    }

    private static string? ReadSource(YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is YamlScalar scalar)
        {
            return scalar.Value.Length == 0 ? null : scalar.Value;
        }

        diagnostics.Error(node.Location, "'source' must be a text naming the announcement");
        return null;
    }

    private static List<PlacedHoliday> ReadHolidays(int year, YamlMapping mapping, Dictionary<string, YamlEntry> keys, DiagnosticBag diagnostics)
    {
        if (!keys.TryGetValue("holidays", out var entry))
        {
            diagnostics.Error(mapping.Location, $"year {year} has no 'holidays'; leave a year out until its announcement is published");
            return [];
        }

        if (entry.Value is not YamlSequence { Items.Count: > 0 } items)
        {
            diagnostics.Error(entry.Value.Location, $"'holidays' of {year} must be a list of {{ name, from, to }}, and not an empty one");
            return [];
        }

        var holidays = new List<PlacedHoliday>();
        foreach (var item in items.Items)
        {
            if (HolidayReader.Read(year, item, diagnostics) is not { } holiday)
            {
                continue;
            }

            if (holidays.Find(h => h.Holiday.From <= holiday.Holiday.To && holiday.Holiday.From <= h.Holiday.To) is { } other)
            {
                diagnostics.Error(item.Location, $"this {holiday.Holiday.Name} overlaps {other.Holiday.Name} (line {other.Location.Line})");
                continue;
            }

            holidays.Add(holiday);
        }

        return holidays;
    }

    private static List<DateOnly> ReadWorkdays(int year, YamlNode node, List<PlacedHoliday> holidays, DiagnosticBag diagnostics)
    {
        if (node is not YamlSequence items)
        {
            diagnostics.Error(node.Location, $"'workdays' of {year} must be a list of dates (yyyy-MM-dd)");
            return [];
        }

        var workdays = new Dictionary<DateOnly, int>();
        foreach (var item in items.Items)
        {
            if (DateText.Read(item, year, "an adjusted workday", diagnostics) is not { } date)
            {
                continue;
            }

            var iso = DateText.Iso(date);
            if (workdays.TryGetValue(date, out var firstLine))
            {
                diagnostics.Error(item.Location, $"{iso} is listed twice (first at line {firstLine})");
            }
            else if (holidays.Find(h => h.Holiday.Contains(date)) is { } holiday)
            {
                diagnostics.Error(item.Location, $"{iso} is both an adjusted workday and in the holiday {holiday.Holiday.Name} (line {holiday.Location.Line})");
            }
            else
            {
                workdays.Add(date, item.Location.Line);
                if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    diagnostics.Warning(item.Location, $"{iso} is a {date.DayOfWeek}, a working day anyway; adjusted workdays are weekend days");
                }
            }
        }

        return [.. workdays.Keys.Order()];
    }
}
