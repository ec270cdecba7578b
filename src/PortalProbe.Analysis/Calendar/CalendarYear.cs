namespace PortalProbe.Analysis.Calendar;

/// <summary>One year of the calendar file: its holiday periods and its adjusted working days (调休上班).</summary>
/// <param name="Source">Where the dates come from, normally the State Council announcement; null when not given.</param>
public sealed record CalendarYear(int Year, string? Source, IReadOnlyList<Holiday> Holidays, IReadOnlyList<DateOnly> AdjustedWorkdays);
