using System.Text.RegularExpressions;

namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>What the characters around a candidate date say about it.</summary>
internal static class DateContext
{
    /// <summary>How far back a label is looked for; 发布时间： with spaces and a bracket fits.</summary>
    private const int LookBack = 12;

    /// <summary>
    /// True when the candidate is part of something else: glued to a Latin letter or a joining character
    /// (v2024.5.12, No.2024-05-12, /2024/05/12/ in a path), labelled as a version, phone, ticket or document number,
    /// or continued by its own separator and a digit (2024-05-12-0001, 2024.5.12.3).
    /// </summary>
    public static bool IsSomethingElse(string text, Match candidate)
    {
        var before = Before(text, candidate.Index);
        if (DatePatterns.GluedBefore().IsMatch(before) || DatePatterns.NotADateBefore().IsMatch(before))
        {
            return true;
        }

        var end = candidate.Index + candidate.Length;
        return candidate.Groups["s"] is { Success: true } separator
            && end + 1 < text.Length
            && text[end] == separator.Value[0]
            && char.IsAsciiDigit(text[end + 1]);
    }

    /// <summary>The publication label right before the date (发布时间, 更新日期, 日期 ...), or null.</summary>
    public static string? LabelOf(string text, int start) =>
        DatePatterns.LabelBefore().Match(Before(text, start)) is { Success: true } label ? label.Groups["label"].Value : null;

    private static string Before(string text, int start) => text[Math.Max(0, start - LookBack)..start];
}
