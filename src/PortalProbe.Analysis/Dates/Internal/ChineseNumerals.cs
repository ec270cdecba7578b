namespace PortalProbe.Analysis.Dates.Internal;

/// <summary>Values of the Chinese numerals in dates: 二〇二四 digit by digit, 十二 and 三十一 as numbers.</summary>
internal static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    /// <summary>A year written digit by digit (二〇二四, also with ○, 零 or a Latin O for zero).</summary>
    public static int Year(string text)
    {
        var year = 0;
        foreach (var c in text)
        {
            year = year * 10 + Digit(c);
        }

        return year;
    }

    /// <summary>A number from 1 to 39 written 五, 十, 十二, 二十, 二十一, 三十一.</summary>
    public static int Small(string text)
    {
        var ten = text.IndexOf('十', StringComparison.Ordinal);
        if (ten < 0)
        {
            return Digit(text[0]);
        }

        var tens = ten == 0 ? 1 : Digit(text[0]);
        var units = ten == text.Length - 1 ? 0 : Digit(text[^1]);
        return tens * 10 + units;
    }

    private static int Digit(char c) => c is '○' or '零' or 'O' or 'o' or '0' ? 0 : Digits.IndexOf(c, StringComparison.Ordinal);
}
