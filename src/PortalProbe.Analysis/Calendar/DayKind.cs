namespace PortalProbe.Analysis.Calendar;

/// <summary>What a date is in the Chinese working-day calendar.</summary>
public enum DayKind
{
    /// <summary>Monday to Friday outside any holiday period.</summary>
    Workday,

    /// <summary>Saturday or Sunday that is not an adjusted working day and lies outside any holiday period.</summary>
    Weekend,

    /// <summary>Inside an announced holiday period (放假), whatever the weekday.</summary>
    Holiday,

    /// <summary>A weekend day that the announcement makes a working day (调休上班).</summary>
    AdjustedWorkday,
}
