using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>Reads one holiday entry: <c>{ name: 春节, from: 2024-02-10, to: 2024-02-17 }</c>; <c>to</c> defaults to <c>from</c>.</summary>
internal static class HolidayReader
{
    private static readonly string[] HolidayKeys = ["name", "from", "to"];

    public static PlacedHoliday? Read(int year, YamlNode node, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(node.Location, "a holiday must be a mapping { name, from, to }");
            return null;
        }

        var keys = MappingKeys.Check(mapping, "a holiday", HolidayKeys, diagnostics);
        var name = ReadName(mapping, keys, diagnostics);
        DateOnly? from = null;
        if (!keys.TryGetValue("from", out var fromEntry))
        {
            diagnostics.Error(mapping.Location, "this holiday has no 'from' date");
        }
        else
        {
            from = DateText.Read(fromEntry.Value, year, "'from'", diagnostics);
        }

        var to = from;
        if (keys.TryGetValue("to", out var toEntry))
        {
            to = DateText.Read(toEntry.Value, year, "'to'", diagnostics);
            if (from is { } start && to is { } end && end < start)
            {
                diagnostics.Error(toEntry.Value.Location, $"this holiday ends ({DateText.Iso(end)}) before it starts ({DateText.Iso(start)})");
                return null;
            }
        }

        return name is not null && from is { } f && to is { } t ? new PlacedHoliday(new Holiday(name, f, t), mapping.Location) : null;
    }

    private static string? ReadName(YamlMapping mapping, Dictionary<string, YamlEntry> keys, DiagnosticBag diagnostics)
    {
        if (!keys.TryGetValue("name", out var entry))
        {
            diagnostics.Error(mapping.Location, "this holiday has no 'name'");
            return null;
        }

        if (entry.Value is YamlScalar { Value: var name } && HolidayNames.IsKnown(name))
        {
            return name;
        }

        var written = entry.Value is YamlScalar scalar ? $"'{scalar.Value}'" : "this";
        diagnostics.Error(entry.Value.Location, $"{written} is not a holiday name; expected one of {string.Join("、", HolidayNames.Known)} (join two with '、')");
        return null;
    }
}
