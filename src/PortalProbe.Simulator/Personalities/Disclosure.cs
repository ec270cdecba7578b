namespace PortalProbe.Simulator.Personalities;

/// <summary>How current a published list (appeal-data reports, hot cases) is, relative to the population's as-of date.</summary>
public enum DisclosureFreshness
{
    /// <summary>Not published at all.</summary>
    None,

    /// <summary>Published, the newest item recent (reports within about a month, cases within two weeks).</summary>
    Recent,

    /// <summary>Published, but the newest item is many months old.</summary>
    Stale,

    /// <summary>Published without any date, which inspection rules count as not updated.</summary>
    Undated,
}

/// <summary>The date formats Chinese government sites print.</summary>
public enum DateStyle
{
    /// <summary>2024年5月 (month only).</summary>
    YearMonth,

    /// <summary>2024-05-12.</summary>
    Dashed,

    /// <summary>2024/5/12.</summary>
    Slashed,

    /// <summary>5月12日 (no year).</summary>
    MonthDay,

    /// <summary>发布时间：2024-05-12.</summary>
    Labelled,
}

/// <summary>One published list: how fresh it is and how its dates are written.</summary>
public sealed record DisclosureSection(DisclosureFreshness Freshness, DateStyle DateStyle = DateStyle.Dashed)
{
    /// <summary>Nothing published.</summary>
    public static DisclosureSection Absent { get; } = new(DisclosureFreshness.None);

    /// <summary>True when the list is on the portal at all.</summary>
    public bool IsPublished => Freshness != DisclosureFreshness.None;
}
