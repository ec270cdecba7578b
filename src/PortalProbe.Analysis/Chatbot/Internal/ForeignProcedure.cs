namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>
/// Another question of the bank whose own key points the answer names: the answer is probably about that one.
/// <see cref="NamesTopic"/> says whether the answer names that procedure itself (always true when it has no topic).
/// </summary>
internal sealed record ForeignProcedure(Question Question, IReadOnlyList<string> MatchedPoints, bool NamesTopic)
{
    /// <summary>
    /// The other question whose distinctive points (topic and required points sharing no synonym with the asked
    /// question or its wording) the answer names most often, or null when it names none. Places marked in
    /// <paramref name="ignored"/> (the asked wording, deflection markers such as 拨打12345) do not count.
    /// </summary>
    public static ForeignProcedure? Strongest(Question asked, NormalisedText answer, bool[] ignored, IEnumerable<Question> others)
    {
        var own = OwnVocabulary(asked);
        ForeignProcedure? best = null;
        foreach (var other in others.Where(o => o.Id != asked.Id && o.Text != asked.Text))
        {
            var matched = new List<string>();
            var namesTopic = other.Topic.Count == 0;
            foreach (var point in CompiledPoint.Of(other).Where(p => p.Role != KeyPointRole.Optional))
            {
                // The topic names the procedure even when the asked question shares the word (社保卡 in both).
                namesTopic |= point.Role == KeyPointRole.Topic
                    && PointMatcher.Find(answer, point, allowFuzzy: false).Any(m => !AllEchoed(answer, ignored, m));
                var distinctive = point with { Synonyms = point.Synonyms.Where(s => !own.Any(o => Overlaps(o, s.Normalised))).ToList() };
                var hit = PointMatcher.Find(answer, distinctive, allowFuzzy: false)
                    .FirstOrDefault(m => !AllEchoed(answer, ignored, m));
                if (hit is not null)
                {
                    matched.Add(hit.Text);
                }
            }

            if (matched.Count > 0 && (best is null || (namesTopic, matched.Count).CompareTo((best.NamesTopic, best.MatchedPoints.Count)) > 0))
            {
                best = new ForeignProcedure(other, matched, namesTopic);
            }
        }

        return best;
    }

    public static bool AllEchoed(NormalisedText answer, bool[] echoed, MatchSpan span)
    {
        for (var i = 0; i < answer.Value.Length; i++)
        {
            if (answer.Starts[i] >= span.Offset && answer.Ends[i] <= span.Offset + span.Length && !echoed[i])
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> OwnVocabulary(Question asked) =>
        CompiledPoint.Of(asked).SelectMany(p => p.Synonyms.Select(s => s.Normalised))
            .Concat(asked.Wordings.Select(w => ChineseText.Normalise(w).Value))
            .ToList();

    /// <summary>One phrase contains the other (a wording contains many phrases; a phrase never contains a wording).</summary>
    private static bool Overlaps(string own, string theirs) =>
        own.Contains(theirs, StringComparison.Ordinal) || theirs.Contains(own, StringComparison.Ordinal);
}
