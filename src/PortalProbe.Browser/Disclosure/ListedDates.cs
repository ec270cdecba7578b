using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Analysis.Dates;

namespace PortalProbe.Browser.Disclosure;

/// <summary>
/// The publication dates a list page shows: dates that stand alone in their own text (a date column, a
/// <c>&lt;span class="date"&gt;</c>) or follow a publication label (发布日期：...). A date inside a title
/// (「2024年5月运行情况报告」) says what the item is about, not when it was published, so it does not count:
/// a list whose only dates are in its titles is undated.
/// </summary>
internal static partial class ListedDates
{
    private const string TextsScript = """
        () => {
          const out = [];
          const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const parent = node.parentElement;
            if (!parent || parent.closest('script, style, noscript, template')) { continue; }
            const text = node.nodeValue.replace(/\s+/g, ' ').trim();
            if (text) { out.push(text); }
          }
          return out;
        }
        """;

    /// <summary>The texts of the page (every frame), one per text node, in reading order.</summary>
    public static async Task<IReadOnlyList<string>> ReadTextsAsync(IPage page)
    {
        var texts = new List<string>();
        foreach (var frame in page.Frames)
        {
            try
            {
                texts.AddRange(await frame.EvaluateAsync<string[]>(TextsScript));
            }
            catch (PlaywrightException)
            {
                // A frame detached while being read.
            }
        }

        return texts;
    }

    /// <summary>The publication dates among <paramref name="texts"/>, with the text each was found in.</summary>
    public static IReadOnlyList<(PublicationDate Date, string Text)> Find(IEnumerable<string> texts, DateOnly asOf) =>
    [
        .. texts.SelectMany(text => PublicationDates.Extract(text, asOf)
            .Where(date => date.Label is not null || StandsAlone(text, date))
            .Select(date => (date, text))),
    ];

    /// <summary>True when the text is the date and nothing else but punctuation (and brackets).</summary>
    private static bool StandsAlone(string text, PublicationDate date)
    {
        var rest = text.Remove(date.Start, date.Length);
        return !Words().IsMatch(rest);
    }

    // Letters or digits of any script left beside the date make it part of a sentence or a title.
    [GeneratedRegex(@"[\p{L}\p{N}]")]
    private static partial Regex Words();
}
