using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Disclosure;

namespace PortalProbe.Simulator.Search;

/// <summary>Where a search hit lives on the portal.</summary>
internal enum HitKind
{
    Faq,
    Report,
    Case,
}

/// <summary>One search result.</summary>
internal sealed record SearchHit(string Title, string Snippet, HitKind Kind);

/// <summary>Site search over the FAQ and the published lists: a hit when the title, the answer or a trigger word matches.</summary>
internal static class SiteSearch
{
    public const int MaxQueryLength = 50;

    public static IReadOnlyList<SearchHit> Find(QuestionBank bank, IEnumerable<DisclosureItem> reports, IEnumerable<DisclosureItem> cases, string query)
    {
        query = query.Trim();
        if (query.Length == 0)
        {
            return [];
        }

        var hits = new List<SearchHit>();
        foreach (var question in bank.Questions)
        {
            var answer = question.AccurateAnswers.Count > 0 ? question.AccurateAnswers[0] : "";
            if (Matches(question.Question, query) || Matches(answer, query) || question.Triggers.Any(t => query.Contains(t, StringComparison.Ordinal)))
            {
                hits.Add(new SearchHit(question.Question, answer, HitKind.Faq));
            }
        }

        hits.AddRange(reports.Where(r => Matches(r.Title, query)).Select(r => new SearchHit(r.Title, r.Summary, HitKind.Report)));
        hits.AddRange(cases.Where(c => Matches(c.Title, query)).Select(c => new SearchHit(c.Title, c.Summary, HitKind.Case)));
        return hits;
    }

    private static bool Matches(string text, string query) => text.Contains(query, StringComparison.OrdinalIgnoreCase);
}
