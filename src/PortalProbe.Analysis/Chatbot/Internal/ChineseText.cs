using System.Globalization;
using System.Text;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>
/// Text prepared for matching: NFKC (full-width letters, digits and punctuation become half-width, circled
/// numbers plain), Latin letters lower-cased, and whitespace, punctuation, symbols and control characters dropped.
/// Each kept character remembers where it came from so that a match can be shown in the original answer.
/// </summary>
internal sealed record NormalisedText(string Original, string Value, IReadOnlyList<int> Starts, IReadOnlyList<int> Ends)
{
    /// <summary>The original offset and length behind <paramref name="length"/> normalised characters at <paramref name="start"/>.</summary>
    public (int Offset, int Length) ToOriginal(int start, int length)
    {
        var offset = Starts[start];
        return (offset, Ends[start + length - 1] - offset);
    }
}

internal static class ChineseText
{
    public static NormalisedText Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = new StringBuilder(text.Length);
        var starts = new List<int>(text.Length);
        var ends = new List<int>(text.Length);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var width = rune.Utf16SequenceLength;
            foreach (var c in rune.ToString().Normalize(NormalizationForm.FormKC))
            {
                if (Keeps(c))
                {
                    value.Append(char.ToLowerInvariant(c));
                    starts.Add(index);
                    ends.Add(index + width);
                }
            }

            index += width;
        }

        return new NormalisedText(text, value.ToString(), starts, ends);
    }

    private static bool Keeps(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => false,
        UnicodeCategory.Control or UnicodeCategory.Format => false,
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation => false,
        UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol
            or UnicodeCategory.OtherSymbol => false,
        _ => true,
    };
}
