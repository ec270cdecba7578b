namespace PortalProbe.Analysis.Calendar;

/// <summary>Whether a reply came within <see cref="Limit"/> working days; unknown when the count was not measured.</summary>
public sealed record ReplyTimeliness(WorkingDayCount Count, int Limit)
{
    /// <summary>True within the limit (the limit's own day included), false later, null when not measured.</summary>
    public bool? Within => Count.Days is { } days ? days <= Limit : null;
}
