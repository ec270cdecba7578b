namespace PortalProbe.Analysis.Dates;

/// <summary>The evaluators' recency windows. A page is recent when its newest date is at most this old.</summary>
public static class RecencyWindows
{
    /// <summary>News and update columns (动态、要闻): 2 weeks.</summary>
    public static readonly TimeSpan NewsColumn = TimeSpan.FromDays(14);

    /// <summary>
    /// Notices and policies (通知公告、政策文件): 6 months, taken as 184 days, the longest six consecutive months
    /// (July to December), so that a page exactly six calendar months old is never called stale.
    /// </summary>
    public static readonly TimeSpan NoticesAndPolicies = TimeSpan.FromDays(184);

    /// <summary>
    /// Appeal data and reports published monthly (月报、数据分析报告): 2 months, taken as 62 days (the longest two
    /// consecutive months). With a report dated by its month (its <see cref="PublicationDate.Date"/> is the month's
    /// last day), the report for May stays recent until 1 August: the June report is allowed the whole of
    /// July to appear, and a portal that misses a whole month goes stale.
    /// </summary>
    public static readonly TimeSpan DataReports = TimeSpan.FromDays(62);
}
