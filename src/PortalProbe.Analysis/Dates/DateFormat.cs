namespace PortalProbe.Analysis.Dates;

/// <summary>How a date was written (after NFKC, so full-width digits and punctuation count as their ASCII forms).</summary>
public enum DateFormat
{
    /// <summary>2024年5月12日</summary>
    ChineseYearMonthDay,

    /// <summary>2024年5月, month precision.</summary>
    ChineseYearMonth,

    /// <summary>5月12日, the year inferred: the latest such day not after the as-of date.</summary>
    ChineseMonthDay,

    /// <summary>二〇二四年五月十二日 or 二〇二四年五月 (the signing date of an official document).</summary>
    ChineseNumerals,

    /// <summary>2024-05-12 or 2024-5-12.</summary>
    Hyphenated,

    /// <summary>2024/5/12.</summary>
    Slashed,

    /// <summary>2024.05.12.</summary>
    Dotted,
}
