namespace PortalProbe.Analysis.Dates;

/// <summary>Judges whether a page was updated recently enough.</summary>
public static class Recency
{
    /// <summary>
    /// Recent when <paramref name="newest"/> is at most <paramref name="window"/> before <paramref name="asOf"/>
    /// (the window's last day included: with 14 days, a date 14 days old is recent and 15 days old is stale);
    /// undated when there is no date. A newest date after the as-of date counts as recent.
    /// </summary>
    public static RecencyVerdict Judge(DateOnly? newest, DateOnly asOf, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, TimeSpan.Zero);
        if (newest is not { } date)
        {
            return RecencyVerdict.Undated;
        }

        var age = TimeSpan.FromDays(asOf.DayNumber - date.DayNumber);
        return age <= window ? RecencyVerdict.Recent : RecencyVerdict.Stale;
    }
}
