using System.Globalization;
using System.Text.RegularExpressions;

namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>Turns a match's groups into a real date, refusing impossible ones (2024-02-30, month 13, year 1234).</summary>
internal static class DateReading
{
    /// <summary>Government sites did not exist before this; an older "date" is a number of another kind.</summary>
    private const int EarliestYear = 1990;

    /// <summary>Later than this many years after the as-of date is no publication date either.</summary>
    private const int LatestYearsAhead = 10;

    /// <summary>How far back the year of 2月29日 may be looked for: two leap years.</summary>
    private const int InferenceYears = 8;

    public static DateCandidate? Day(Match match, DateOnly asOf) =>
        Day(Number(match, "y"), Number(match, "m"), Number(match, "d"), asOf);

    public static DateCandidate? Day(int year, int month, int day, DateOnly asOf) =>
        YearIsPlausible(year, asOf) && IsDate(year, month, day)
            ? new DateCandidate(new DateOnly(year, month, day), DatePrecision.Day)
            : null;

    public static DateCandidate? Month(Match match, DateOnly asOf) => Month(Number(match, "y"), Number(match, "m"), asOf);

    /// <summary>The month's last day, or the as-of date when that falls inside the month.</summary>
    public static DateCandidate? Month(int year, int month, DateOnly asOf)
    {
        if (!YearIsPlausible(year, asOf) || month is < 1 or > 12)
        {
            return null;
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var date = asOf.Year == year && asOf.Month == month ? asOf : last;
        return new DateCandidate(date, DatePrecision.Month);
    }

    /// <summary>5月12日: the latest such day not after the as-of date.</summary>
    public static DateCandidate? MonthDay(Match match, DateOnly asOf)
    {
        var (month, day) = (Number(match, "m"), Number(match, "d"));
        for (var year = asOf.Year; year > asOf.Year - InferenceYears; year--)
        {
            if (IsDate(year, month, day) && new DateOnly(year, month, day) <= asOf)
            {
                return new DateCandidate(new DateOnly(year, month, day), DatePrecision.Day);
            }
        }

        return null;
    }

    private static bool YearIsPlausible(int year, DateOnly asOf) => year >= EarliestYear && year <= asOf.Year + LatestYearsAhead;

    private static bool IsDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);
}
