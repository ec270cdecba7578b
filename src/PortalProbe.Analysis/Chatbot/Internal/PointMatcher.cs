namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Finds a key point's synonyms in an answer and turns the hits into evidence placed in the original text.</summary>
internal static class PointMatcher
{
    public static IReadOnlyList<MatchSpan> Find(NormalisedText answer, CompiledPoint point, bool allowFuzzy)
    {
        var taken = new List<(int Start, int Length, string Synonym)>();
        foreach (var (synonym, normalised) in point.Synonyms)
        {
            foreach (var (start, length) in PhraseFinder.Exact(answer.Value, normalised))
            {
                // Synonyms are longest first: 身份证 inside an already matched 居民身份证 adds nothing.
                if (!taken.Exists(t => start < t.Start + t.Length && t.Start < start + length))
                {
                    taken.Add((start, length, synonym));
                }
            }
        }

        if (taken.Count > 0)
        {
            return taken.OrderBy(t => t.Start).Select(t => Span(answer, t.Start, t.Length, t.Synonym, MatchKind.Exact, 100)).ToList();
        }

        return allowFuzzy ? FuzzyMatches(answer, point) : [];
    }

    private static IReadOnlyList<MatchSpan> FuzzyMatches(NormalisedText answer, CompiledPoint point)
    {
        (int Start, int Length, int Similarity, string Synonym)? best = null;
        foreach (var (synonym, normalised) in point.Synonyms)
        {
            if (PhraseFinder.Fuzzy(answer.Value, normalised) is { } hit && (best is null || hit.Similarity > best.Value.Similarity))
            {
                best = (hit.Start, hit.Length, hit.Similarity, synonym);
            }
        }

        return best is { } b ? [Span(answer, b.Start, b.Length, b.Synonym, MatchKind.Fuzzy, b.Similarity)] : [];
    }

    private static MatchSpan Span(NormalisedText answer, int start, int length, string synonym, MatchKind kind, int similarity)
    {
        var (offset, originalLength) = answer.ToOriginal(start, length);
        return new MatchSpan(offset, originalLength, answer.Original.Substring(offset, originalLength), synonym, kind, similarity);
    }
}
