namespace PortalProbe.Analysis.Dates;

/// <summary>
/// A date found in a page's text, with where it was and how it was written.
/// </summary>
/// <param name="Date">
/// The day. For <see cref="DatePrecision.Month"/> it is the latest day the month can stand for that is not after the
/// as-of date: the month's last day, or the as-of date itself within the current month. A monthly report named after
/// its month (2024年5月数据分析) comes out after that month, so its first day would understate it.
/// </param>
/// <param name="Start">Where the date starts in the original text (UTF-16 index, before normalisation).</param>
/// <param name="Length">Its length in the original text.</param>
/// <param name="Text">The original text of the date, as the page wrote it.</param>
/// <param name="Label">The label right before it when it is a publication label (发布时间, 发布日期, 更新时间, 日期 ...); else null.</param>
public sealed record PublicationDate(
    DateOnly Date,
    DatePrecision Precision,
    DateFormat Format,
    int Start,
    int Length,
    string Text,
    string? Label);
