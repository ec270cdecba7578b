using System.Text.RegularExpressions;

namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>
/// One pass of every date shape over a page's text, most specific shape first. A span a shape has matched is
/// taken even when the date is rejected, so a less specific shape cannot find a piece of it (2024年2月30日 must not
/// leave 2月30日 or 2024年2月 behind).
/// </summary>
internal sealed class DateExtractor
{
    private readonly NormalizedText _text;
    private readonly DateOnly _asOf;
    private readonly List<(int Start, int End)> _taken = [];
    private readonly List<PublicationDate> _found = [];

    private DateExtractor(string text, DateOnly asOf)
    {
        _text = new NormalizedText(text);
        _asOf = asOf;
    }

    public static IReadOnlyList<PublicationDate> Extract(string text, DateOnly asOf)
    {
        var extractor = new DateExtractor(text, asOf);
        extractor.Run(DatePatterns.ChineseNumerals(), DateFormat.ChineseNumerals, extractor.FromNumerals);
        extractor.Run(DatePatterns.ChineseYearMonthDay(), DateFormat.ChineseYearMonthDay, m => DateReading.Day(m, asOf));
        extractor.Run(DatePatterns.Numeric(), format: null, m => DateReading.Day(m, asOf));
        extractor.Run(DatePatterns.ChineseYearMonth(), DateFormat.ChineseYearMonth, m => DateReading.Month(m, asOf));
        extractor.Run(DatePatterns.ChineseMonthDay(), DateFormat.ChineseMonthDay, m => DateReading.MonthDay(m, asOf));
        return [.. extractor._found.OrderBy(d => d.Start)];
    }

    private void Run(Regex shape, DateFormat? format, Func<Match, DateCandidate?> read)
    {
        var text = _text.Text;
        foreach (Match match in shape.Matches(text))
        {
            var (start, end) = (match.Index, match.Index + match.Length);
            if (_taken.Exists(t => t.Start < end && start < t.End))
            {
                continue;
            }

            _taken.Add((start, end));
            if (DateContext.IsSomethingElse(text, match) || read(match) is not { } candidate)
            {
                continue;
            }

            var (originalStart, originalLength) = _text.OriginalSpan(start, match.Length);
            _found.Add(new PublicationDate(
                candidate.Date,
                candidate.Precision,
                format ?? NumericFormat(match.Groups["s"].Value),
                originalStart,
                originalLength,
                _text.Original.Substring(originalStart, originalLength),
                DateContext.LabelOf(text, start)));
        }
    }

    private DateCandidate? FromNumerals(Match match)
    {
        var year = ChineseNumerals.Year(match.Groups["y"].Value);
        var month = ChineseNumerals.Small(match.Groups["m"].Value);
        if (match.Groups["d"] is { Success: true } day)
        {
            return DateReading.Day(year, month, ChineseNumerals.Small(day.Value), _asOf);
        }

        // 二〇二四年五月十二 without 日 is a day written carelessly or something else: not a month.
        var end = match.Index + match.Length;
        var next = end < _text.Text.Length ? _text.Text[end] : ' ';
        return "〇一二三四五六七八九十".Contains(next, StringComparison.Ordinal) ? null : DateReading.Month(year, month, _asOf);
    }

    private static DateFormat NumericFormat(string separator) => separator switch
    {
        "-" => DateFormat.Hyphenated,
        "/" => DateFormat.Slashed,
        _ => DateFormat.Dotted,
    };
}
