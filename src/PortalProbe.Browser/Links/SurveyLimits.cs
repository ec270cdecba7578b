namespace PortalProbe.Browser.Links;

/// <summary>
/// How far one survey goes: clicks from the entry pages, pages whose links are collected, and visits of each entry
/// page. A scenario's check may set these per city while the traffic settings (timeouts, politeness, breakers) stay
/// those of the one <see cref="HostTraffic"/> every city shares.
/// </summary>
public sealed record SurveyLimits(int MaxDepth, int MaxPages, int AvailabilityVisits)
{
    /// <summary>The limits <paramref name="options"/> set.</summary>
    public static SurveyLimits From(LinkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SurveyLimits(options.MaxDepth, options.MaxPages, options.AvailabilityVisits);
    }

    /// <summary>Throws when a limit is out of range, as <see cref="LinkOptions.Validate"/> would.</summary>
    public SurveyLimits Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(AvailabilityVisits, 1);
        return this;
    }
}
