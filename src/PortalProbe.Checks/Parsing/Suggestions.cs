namespace PortalProbe.Checks.Parsing;

/// <summary>"did you mean" hints for misspelt keys, steps and names.</summary>
internal static class Suggestions
{
    private const int MaxDistance = 2;

    /// <summary>The closest candidate within an edit distance of two, or null.</summary>
    public static string? Closest(string word, IEnumerable<string> candidates) =>
        candidates
            .Select(c => (Candidate: c, Distance: Distance(word, c)))
            .Where(p => p.Distance <= MaxDistance)
            .OrderBy(p => p.Distance)
            .Select(p => p.Candidate)
            .FirstOrDefault();

    /// <summary>"; did you mean 'x'?" or an empty string.</summary>
    public static string DidYouMean(string word, IEnumerable<string> candidates) =>
        Closest(word, candidates) is { } hit ? $"; did you mean '{hit}'?" : "";

    /// <summary>Levenshtein distance, case-sensitive.</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
