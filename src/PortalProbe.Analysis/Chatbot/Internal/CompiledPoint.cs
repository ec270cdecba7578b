namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>A key point with its synonyms normalised once, longest first so that 居民身份证 wins over 身份证.</summary>
internal sealed record CompiledPoint(KeyPoint Point, KeyPointRole Role, IReadOnlyList<(string Synonym, string Normalised)> Synonyms)
{
    public static CompiledPoint Of(KeyPoint point, KeyPointRole role) =>
        new(point, role, point.Synonyms
            .Select(s => (s, ChineseText.Normalise(s).Value))
            .Where(s => s.Value.Length > 0)
            .OrderByDescending(s => s.Value.Length)
            .ToList());

    public static IReadOnlyList<CompiledPoint> Of(Question question)
    {
        var points = question.Required.Select(p => Of(p, KeyPointRole.Required))
            .Concat(question.Optional.Select(p => Of(p, KeyPointRole.Optional)));
        return question.Topic.Count == 0
            ? points.ToList()
            : points.Append(Of(new KeyPoint("topic", question.Topic), KeyPointRole.Topic)).ToList();
    }
}
