using System.Text.RegularExpressions;

namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>
/// The date shapes, matched on NFKC text, most specific first. Digits are [0-9] on purpose: \d would also take
/// other scripts' digits. Each shape only finds candidates; <see cref="DateContext"/> then rejects the ones whose
/// surroundings say they are something else (a version, a phone or ticket number, part of a longer number).
/// </summary>
internal static partial class DatePatterns
{
    private const string CnDigit = "[〇○零Oo0一二三四五六七八九]";
    private const string CnMonth = "十[一二]?|[一二三四五六七八九]";
    private const string CnDay = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]";

    /// <summary>二〇二四年五月十二日, or 二〇二四年五月 without a day.</summary>
    [GeneratedRegex($@"(?<y>{CnDigit}{{4}})\s*年\s*(?<m>{CnMonth})\s*月(?:\s*(?<d>{CnDay})\s*日)?", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseNumerals();

    /// <summary>2024年5月12日</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseYearMonthDay();

    /// <summary>2024-05-12, 2024/5/12, 2024.05.12: the same separator twice.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})(?<s>[-/.])(?<m>[0-9]{1,2})\k<s>(?<d>[0-9]{1,2})(?![0-9])", RegexOptions.CultureInvariant)]
    public static partial Regex Numeric();

    /// <summary>2024年5月, not followed by a day (a number then 日 or 号); 2024年5月12345热线 is still May.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<y>[0-9]{4})\s*年\s*(?<m>[0-9]{1,2})\s*月(?!\s*[0-9]{1,2}\s*[日号])", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseYearMonth();

    /// <summary>5月12日, not after a year.</summary>
    [GeneratedRegex(@"(?<![0-9]|年\s*)(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日", RegexOptions.CultureInvariant)]
    public static partial Regex ChineseMonthDay();

    /// <summary>A publication label ending right before a date: 发布时间：, 更新日期: [, a bare 日期：.</summary>
    [GeneratedRegex(@"(?<label>发布时间|发布日期|发布于|发表时间|更新时间|更新日期|发文日期|成文日期|印发日期|上传时间|(?<!\p{IsCJKUnifiedIdeographs})(?:日期|时间))\s*:?\s*[\[【(〔]?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex LabelBefore();

    /// <summary>A label that makes the number after it something other than a date.</summary>
    [GeneratedRegex(@"(?:版本号?|编号|单号|工单号?|受理号|电话|手机|号码|序号|传真|文号|农历)\s*:?\s*$", RegexOptions.CultureInvariant)]
    public static partial Regex NotADateBefore();

    /// <summary>A Latin letter (v2024.5.12, V 2024.5.12, No2024-05-12) or a joining character right before the number.</summary>
    [GeneratedRegex(@"(?:[A-Za-z]\s?|[-/._#])$", RegexOptions.CultureInvariant)]
    public static partial Regex GluedBefore();
}
