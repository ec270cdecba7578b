using PortalProbe.Diagnostics;

namespace PortalProbe.Analysis.Calendar;

/// <summary>
/// A loaded calendar file: the calendar when the file has no errors (warnings allowed), and every problem found,
/// each at its <c>file:line:column</c>.
/// </summary>
public sealed record CalendarLoadResult(WorkdayCalendar? Calendar, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Calendar is not null;
}
