namespace PortalProbe.Browser.Links;

/// <summary>
/// The entry pages' visits: the share open within the timeout, and load times of the open ones. By the
/// government-website rule a site is unreachable when 5% or more of its visits were not open.
/// </summary>
public sealed record AvailabilityReport(IReadOnlyList<AvailabilityVisit> Visits, double UnreachableRatio)
{
    /// <summary>The visits the sample planned; more than <see cref="Visits"/> when sampling stopped once the rule was met.</summary>
    public int Planned { get; init; } = Visits.Count;

    /// <summary>True when the sample stopped before its planned visits because the site was already unreachable.</summary>
    public bool StoppedEarly => Visits.Count < Planned;

    public int Open => Visits.Count(v => v.Open);

    /// <summary>Open visits over visits; 0 when there were none.</summary>
    public double Ratio => Visits.Count == 0 ? 0 : (double)Open / Visits.Count;

    /// <summary>True when at least <see cref="UnreachableRatio"/> of the visits were not open (or nothing was visited).</summary>
    public bool Unreachable => Visits.Count == 0 || 1 - Ratio >= UnreachableRatio - 1e-9;

    /// <summary>
    /// True when <paramref name="notOpen"/> visits not open already make a site unreachable, whatever the rest of the
    /// <paramref name="planned"/> visits show.
    /// </summary>
    public static bool Decided(int notOpen, int planned, double unreachableRatio) =>
        planned > 0 && (double)notOpen / planned >= unreachableRatio - 1e-9;

    /// <summary>The median load time of the open visits; null when none was open.</summary>
    public TimeSpan? MedianLoad => Median([.. Visits.Where(v => v.Open).Select(v => v.LoadTime)]);

    /// <summary>The slowest load time of the open visits; null when none was open.</summary>
    public TimeSpan? SlowestLoad => Visits.Where(v => v.Open).Select(v => (TimeSpan?)v.LoadTime).Max();

    private static TimeSpan? Median(List<TimeSpan> times)
    {
        if (times.Count == 0)
        {
            return null;
        }

        times.Sort();
        var middle = times.Count / 2;
        return times.Count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    }
}
