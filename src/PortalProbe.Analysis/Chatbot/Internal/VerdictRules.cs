namespace PortalProbe.Analysis.Chatbot.Internal;

/// <summary>
/// The evaluators' scale as ordered rules; the first that applies decides. Documented in docs/chatbot-judge.md,
/// which must change with this file.
/// </summary>
internal static class VerdictRules
{
    /// <summary>An answer saying at most this many characters beyond greetings, markers and the question's own words says nothing.</summary>
    public const int NothingSaid = 10;

    /// <summary>Distinctive points of another procedure needed before the answer is taken to be about that one.</summary>
    public const int ForeignEvidence = 2;

    public static (JudgeLabel Label, string Reason) Decide(AnswerFacts f)
    {
        if (f.Answer.Value.Length == 0)
        {
            return (JudgeLabel.NoAnswer, "the answer is empty");
        }

        var required = $"{f.RequiredCounted}/{f.RequiredTotal} required key points";
        if (f.RequiredTotal > 0 && f.RequiredFound == f.RequiredTotal && f.RequiredCounted > 0)
        {
            return (JudgeLabel.Accurate, $"all required key points ({required})");
        }

        if (f.AboutAnotherProcedure)
        {
            return (JudgeLabel.Irrelevant,
                $"answers a different procedure, {f.Foreign!.Question.Id}: {string.Join("、", f.Foreign.MatchedPoints)} ({required})");
        }

        if (f.Menus.Count > 0)
        {
            return (JudgeLabel.Irrelevant, $"a generic menu: {string.Join("、", f.Menus)} ({required})");
        }

        if (f.RequiredCounted > 0)
        {
            return (JudgeLabel.Partial, $"some required key points ({required})");
        }

        if (f.TopicFound && f.OptionalCounted > 0)
        {
            return (JudgeLabel.Partial, $"on the procedure, with {f.OptionalCounted} optional key point(s) ({required})");
        }

        if (f.Guides.Count > 0 && (f.RequiredFound > 0 || f.TopicFound || f.EchoesQuestion))
        {
            return (JudgeLabel.Partial, $"a relevant guide or link: {string.Join("、", f.Guides)}");
        }

        if (f.ForeignCount == 0 && (f.Deflections.Count > 0 || f.Substance <= NothingSaid))
        {
            return (JudgeLabel.NoAnswer, f.Deflections.Count > 0
                ? $"only a deflection: {string.Join("、", f.Deflections)}"
                : "says nothing beyond greetings or the question");
        }

        return (JudgeLabel.Irrelevant, f.Foreign is { } other
            ? $"no required key point; names {other.Question.Id}: {string.Join("、", other.MatchedPoints)}"
            : "no required key point");
    }
}
