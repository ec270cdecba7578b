using System.Globalization;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Analysis.Calendar.Internal;

/// <summary>Reads the calendar's dates: a scalar written exactly <c>yyyy-MM-dd</c>, inside the year it is listed under.</summary>
internal static class DateText
{
    public static DateOnly? Read(YamlNode node, int year, string what, DiagnosticBag diagnostics)
    {
        if (node is not YamlScalar scalar)
        {
            diagnostics.Error(node.Location, $"{what} must be a date written yyyy-MM-dd");
            return null;
        }

        if (!DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            diagnostics.Error(scalar.Location, $"'{scalar.Value}' is not a date; write {what} as yyyy-MM-dd");
            return null;
        }

        if (date.Year != year)
        {
            diagnostics.Error(scalar.Location, $"{Iso(date)} is not in {year}; each year lists only its own dates");
            return null;
        }

        return date;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
