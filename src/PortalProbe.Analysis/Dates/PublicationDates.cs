using PortalProbe.Analysis.Dates.Internal;

namespace PortalProbe.Analysis.Dates;

/// <summary>
/// Finds the dates Chinese government pages are written with (formats and rules: docs/calendar-and-dates.md).
/// Conservative: a number that may be a version, a phone or ticket number, or an impossible date is left out.
/// </summary>
public static class PublicationDates
{
    /// <summary>Every date in the text, in reading order, with its span in <paramref name="text"/> as given.</summary>
    /// <param name="asOf">The day of the check: it gives 5月12日 its year and bounds plausible years.</param>
    public static IReadOnlyList<PublicationDate> Extract(string text, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DateExtractor.Extract(text, asOf);
    }

    /// <summary>
    /// The newest date not after <paramref name="asOf"/>, or null. A later date is a deadline or an event, not a
    /// publication. Between a day and a month-precision date on the same day, the day wins.
    /// </summary>
    public static PublicationDate? Newest(IEnumerable<PublicationDate> found, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found
            .Where(d => d.Date <= asOf)
            .OrderByDescending(d => d.Date)
            .ThenBy(d => d.Precision)
            .FirstOrDefault();
    }

    /// <summary>The newest date of a text: <see cref="Extract"/> then <see cref="Newest(IEnumerable{PublicationDate}, DateOnly)"/>.</summary>
    public static PublicationDate? Newest(string text, DateOnly asOf) => Newest(Extract(text, asOf), asOf);
}
