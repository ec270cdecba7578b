using System.Globalization;
using PortalProbe.Diagnostics;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>
/// How values are written into columns. Timestamps are UTC with an explicit <c>+00:00</c> and seven fractional
/// digits, fixed width, so that text order is time order; the instant is kept, the writer's offset is not.
/// Durations are whole milliseconds. Locations are <c>file:line:column</c>.
/// </summary>
internal static class StoredText
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffffzzz";

    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.TryParseExact(text, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new InvalidDataException($"'{text}' is not a stored timestamp ({TimestampFormat})");

    public static long Milliseconds(TimeSpan duration) =>
        (long)Math.Round(duration.TotalMilliseconds, MidpointRounding.AwayFromZero);

    public static TimeSpan Duration(long milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    public static string Location(SourceLocation location) => location.ToString();

    /// <summary>Splits at the last two colons: a file name may contain colons (<c>C:\checks\x.yaml</c>), numbers cannot.</summary>
    public static SourceLocation ParseLocation(string text)
    {
        var columnColon = text.LastIndexOf(':');
        var lineColon = columnColon > 0 ? text.LastIndexOf(':', columnColon - 1) : -1;
        if (lineColon > 0
            && int.TryParse(text.AsSpan(lineColon + 1, columnColon - lineColon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(text.AsSpan(columnColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return new SourceLocation(text[..lineColon], line, column);
        }

        throw new InvalidDataException($"'{text}' is not a stored location (file:line:column)");
    }
}
