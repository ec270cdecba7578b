using System.Text.RegularExpressions;

namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>Reads the facts the verdict rules need out of one answer to one question.</summary>
internal static partial class AnswerReader
{
    /// <summary>Polite words that carry no answer; left out when measuring how much an answer says.</summary>
    private static readonly string[] Fillers =
        ["您好", "你好", "亲", "请问", "谢谢", "感谢您的咨询", "还有什么可以帮您", "有什么可以帮您", "您", "我"];

    public static AnswerFacts Read(Question question, string asked, string answer, JudgeMarkers markers, IReadOnlyList<Question> context)
    {
        var text = ChineseText.Normalise(answer);
        var echoed = EchoFinder.Mark(text.Value, [ChineseText.Normalise(asked).Value]);
        var evidence = CompiledPoint.Of(question).Select(point =>
        {
            var matches = PointMatcher.Find(text, point, allowFuzzy: point.Role != KeyPointRole.Topic);
            return new KeyPointEvidence(point.Point, point.Role, matches, matches.Any(m => !ForeignProcedure.AllEchoed(text, echoed, m)));
        }).ToList();

        var covered = (bool[])echoed.Clone();
        var deflections = Mark(text, markers.Deflection, covered);
        var repeatedOrDeflecting = (bool[])echoed.Clone();
        _ = Mark(text, markers.Deflection, repeatedOrDeflecting);
        var menus = Mark(text, markers.Menu, covered);
        _ = Mark(text, Fillers, covered);
        var guides = Mark(text, markers.Guide, new bool[text.Value.Length]);
        if (LinkPattern().IsMatch(answer.Normalize(System.Text.NormalizationForm.FormKC)))
        {
            guides = [.. guides, "link"];
        }

        return new AnswerFacts(
            text,
            evidence,
            deflections,
            menus,
            guides,
            EchoesQuestion: Array.Exists(echoed, e => e),
            Substance: covered.Count(c => !c),
            ForeignProcedure.Strongest(question, text, repeatedOrDeflecting, context));
    }

    /// <summary>The markers found in the text (as written in the marker list); their characters are marked covered.</summary>
    private static string[] Mark(NormalisedText text, IEnumerable<string> markers, bool[] covered)
    {
        var found = new List<string>();
        foreach (var marker in markers)
        {
            var normalised = ChineseText.Normalise(marker).Value;
            if (normalised.Length == 0)
            {
                continue;
            }

            foreach (var (start, length) in PhraseFinder.Exact(text.Value, normalised))
            {
                Array.Fill(covered, true, start, length);
                if (!found.Contains(marker))
                {
                    found.Add(marker);
                }
            }
        }

        return [.. found];
    }

    [GeneratedRegex(@"https?://|www\.|\.gov\.cn", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
