using PortalProbe.Analysis.Calendar.Internal;
using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Calendar;

/// <summary>
/// China's working days for the years the calendar file lists: Monday to Friday, minus the announced holiday
/// periods, plus the adjusted working days (调休上班). A date in a year the file does not list is not known.
/// </summary>
public sealed class WorkdayCalendar
{
    private readonly Dictionary<int, CalendarYear> _years;

    internal WorkdayCalendar(IEnumerable<CalendarYear> years) =>
        _years = years.ToDictionary(y => y.Year);

    /// <summary>The years the calendar knows, in order.</summary>
    public IReadOnlyList<int> Years => [.. _years.Keys.Order()];

    /// <summary>Reads and checks a calendar file (format: docs/calendar-and-dates.md).</summary>
    public static CalendarLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CalendarLoadResult(null, [Diagnostic.Error(SourceLocation.StartOf(path), $"cannot read the calendar: {e.Message}")]);
        }

        return Parse(text, path);
    }

    /// <summary>Checks a calendar's text; <paramref name="file"/> names it in the diagnostics.</summary>
    public static CalendarLoadResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new DiagnosticBag();
        var years = CalendarFileReader.Read(file, text, diagnostics);
        var calendar = diagnostics.HasErrors ? null : new WorkdayCalendar(years);
        return new CalendarLoadResult(calendar, diagnostics.Items.OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column).ToList());
    }

    public bool Covers(int year) => _years.ContainsKey(year);

    /// <summary>The listed year, or null.</summary>
    public CalendarYear? Year(int year) => _years.GetValueOrDefault(year);

    /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the date's year; check <see cref="Covers"/>.</exception>
    public DayKind KindOf(DateOnly date)
    {
        if (!_years.TryGetValue(date.Year, out var year))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"the working-day calendar has no data for {date.Year}");
        }

        if (year.Holidays.Any(h => h.Contains(date)))
        {
            return DayKind.Holiday;
        }

        if (year.AdjustedWorkdays.Contains(date))
        {
            return DayKind.AdjustedWorkday;
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;
    }

    /// <exception cref="ArgumentOutOfRangeException">The calendar does not cover the date's year; check <see cref="Covers"/>.</exception>
    public bool IsWorkingDay(DateOnly date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;
}
