using FuzzySharp;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Finds phrases in normalised text: exactly, or with one character wrong, missing or extra.</summary>
internal static class PhraseFinder
{
    /// <summary>Phrases shorter than this are only matched exactly: 社保卡 and 社保局 are one character apart.</summary>
    public const int FuzzyMinimumLength = 4;

    private static readonly Dictionary<int, int> OneEditRatios = [];
    private static readonly Lock RatiosLock = new();

    /// <summary>Every occurrence of <paramref name="phrase"/>, without overlaps, as (start, length).</summary>
    public static IEnumerable<(int Start, int Length)> Exact(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
        {
            yield return (at, phrase.Length);
        }
    }

    /// <summary>
    /// The best window of <paramref name="text"/> within one edit of <paramref name="phrase"/> (FuzzySharp ratio at least
    /// that of a single substitution at this length), or null. Exact occurrences are the caller's business.
    /// </summary>
    public static (int Start, int Length, int Similarity)? Fuzzy(string text, string phrase)
    {
        if (phrase.Length < FuzzyMinimumLength)
        {
            return null;
        }

        var threshold = OneEditRatio(phrase.Length);
        (int Start, int Length, int Similarity)? best = null;
        // A missing character is only allowed from five characters on: 学籍证明 must not match the 学证明 of 出生医学证明.
        for (var length = phrase.Length > FuzzyMinimumLength ? phrase.Length - 1 : phrase.Length; length <= phrase.Length + 1; length++)
        {
            for (var start = 0; start + length <= text.Length; start++)
            {
                var window = text.Substring(start, length);
                if (SharedCharacters(window, phrase) < phrase.Length - 1)
                {
                    continue;
                }

                var similarity = Fuzz.Ratio(window, phrase);
                if (similarity >= threshold && WithinOneEdit(window, phrase) && (best is null || Better(length == phrase.Length, similarity, best.Value, phrase.Length)))
                {
                    best = (start, length, similarity);
                }
            }
        }

        return best;
    }

    /// <summary>A window of the phrase's own length (a wrong character) shows the typo whole; otherwise the closer one wins.</summary>
    private static bool Better(bool sameLength, int similarity, (int Start, int Length, int Similarity) best, int phraseLength) =>
        (sameLength, similarity).CompareTo((best.Length == phraseLength, best.Similarity)) > 0;

    /// <summary>
    /// One character replaced, missing or extra. FuzzySharp's ratio counts a replacement as two edits, so its threshold
    /// alone would also let a deletion plus an insertion through (医学证明 for 学籍证明).
    /// </summary>
    private static bool WithinOneEdit(string window, string phrase)
    {
        var shorter = Math.Min(window.Length, phrase.Length);
        var prefix = 0;
        while (prefix < shorter && window[prefix] == phrase[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < shorter - prefix && window[^(suffix + 1)] == phrase[^(suffix + 1)])
        {
            suffix++;
        }

        return prefix + suffix >= (window.Length == phrase.Length ? shorter - 1 : shorter);
    }

    private static int SharedCharacters(string window, string phrase)
    {
        var shared = 0;
        foreach (var c in window)
        {
            if (phrase.Contains(c, StringComparison.Ordinal))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>FuzzySharp's ratio between a phrase of this length and the same phrase with one character replaced.</summary>
    private static int OneEditRatio(int length)
    {
        lock (RatiosLock)
        {
            if (!OneEditRatios.TryGetValue(length, out var ratio))
            {
                ratio = Fuzz.Ratio(new string('a', length), new string('a', length - 1) + "b");
                OneEditRatios[length] = ratio;
            }

            return ratio;
        }
    }
}
