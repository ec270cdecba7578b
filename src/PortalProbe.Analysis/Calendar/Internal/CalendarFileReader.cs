using System.Globalization;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>Reads the calendar file's top level: <c>years:</c>, a mapping from each year to its dates.</summary>
internal static class CalendarFileReader
{
    private static readonly string[] TopKeys = ["years"];

    public static IReadOnlyList<CalendarYear> Read(string file, string text, DiagnosticBag diagnostics)
    {
        var errorsBefore = diagnostics.Items.Count;
        var root = YamlTreeReader.Read(file, text, diagnostics, DuplicateKeys.Keep);
        if (root is null)
        {
            if (diagnostics.Items.Count == errorsBefore)
            {
                diagnostics.Error(SourceLocation.StartOf(file), "the calendar is empty; expected a 'years' mapping");
            }

            return [];
        }

        if (root is not YamlMapping mapping)
        {
            diagnostics.Error(root.Location, "expected a mapping with a 'years' key");
            return [];
        }

        var keys = MappingKeys.Check(mapping, "the calendar", TopKeys, diagnostics);
        if (!keys.TryGetValue("years", out var years))
        {
            diagnostics.Error(mapping.Location, "the calendar has no 'years'");
            return [];
        }

        if (years.Value is not YamlMapping byYear)
        {
            diagnostics.Error(years.Value.Location, "'years' must map each year (2024:) to its holidays and workdays");
            return [];
        }

        return ReadYears(byYear, diagnostics);
    }

    private static List<CalendarYear> ReadYears(YamlMapping byYear, DiagnosticBag diagnostics)
    {
        var result = new List<CalendarYear>();
        var firstLine = new Dictionary<int, int>();
        foreach (var entry in byYear.Entries)
        {
            if (!TryYear(entry.Key.Value, out var year))
            {
                diagnostics.Error(entry.Key.Location, $"'{entry.Key.Value}' is not a year; write four digits such as 2024");
                continue;
            }

            if (!firstLine.TryAdd(year, entry.Key.Location.Line))
            {
                diagnostics.Error(entry.Key.Location, $"year {year} is listed twice (first at line {firstLine[year]})");
                continue;
            }

            if (YearReader.Read(year, entry.Value, diagnostics) is { } read)
            {
                result.Add(read);
            }
        }

        return result;
    }

    private static bool TryYear(string text, out int year) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year) && text.Length == 4 && year is >= 1949 and <= 2200;
}
