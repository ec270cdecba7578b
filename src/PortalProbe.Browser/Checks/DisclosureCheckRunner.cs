using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PortalProbe.Analysis.Dates;
using PortalProbe.Browser.Disclosure;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// The disclosure check: finds the column publishing appeal-data reports or hot cases through the portal's own
/// navigation, reads the publication dates it lists and judges the newest against the window, relative to today
/// in Beijing on the run's clock. Pass when published and recent; fail when not found, stale or undated.
/// </summary>
internal static class DisclosureCheckRunner
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static async Task<CheckOutcome> RunAsync(CheckRun run, DisclosureCheck check, CancellationToken cancellationToken)
    {
        var steps = run.Steps;
        var start = new Uri(run.StartOr(check.Start));
        var finder = new DisclosureFinder(steps.Page, steps.Timeouts.Navigation);
        var search = await finder.FindAsync(start, check.Topic, cancellationToken);
        var (published, newest, recent) = Facts(check.Topic);
        var what = check.Topic == DisclosureTopic.Reports ? "appeal data reports" : "hot appeal cases";
        if (search.Found is not { } found)
        {
            await steps.Evidence.JsonAsync(JsonSerializer.Serialize(Record(check, start, search, null), Json), start.ToString(), $"{check.Topic.ToString().ToLowerInvariant()}-search", cancellationToken);
            return new CheckOutcome(Verdict.Fail, NotFound(what, check.Topic, start, search), [FactValue.Of(published, false)]);
        }

        var today = BeijingDate.Today(steps.Time);
        var texts = await ListedDates.ReadTextsAsync(steps.Page);
        var judgement = DisclosureJudgement.Of(check.Topic, texts, today, check.Window ?? DisclosureJudgement.DefaultWindow(check.Topic));
        var label = check.Topic.ToString().ToLowerInvariant();
        await steps.Evidence.ScreenshotAsync(steps, label, fullPage: true, cancellationToken);
        await steps.Evidence.JsonAsync(JsonSerializer.Serialize(Record(check, start, search, judgement), Json), found.Url.ToString(), $"{label}-dates", cancellationToken);

        List<FactValue> facts = [FactValue.Of(published, true), FactValue.Of(recent, judgement.Recency == RecencyVerdict.Recent)];
        if (judgement.Newest is { } date)
        {
            facts.Add(FactValue.Of(newest, date.Date));
        }

        var reason = $"found {what} at {found} (via '{Short(search.Label)}'): {judgement.Describe()}";
        return new CheckOutcome(judgement.Recency == RecencyVerdict.Recent ? Verdict.Pass : Verdict.Fail, reason, facts);
    }

    private static (FactDefinition Published, FactDefinition Newest, FactDefinition Recent) Facts(DisclosureTopic topic) => topic == DisclosureTopic.Reports
        ? (FactRegistry.ReportsPublished, FactRegistry.ReportsNewest, FactRegistry.ReportsRecent)
        : (FactRegistry.CasesPublished, FactRegistry.CasesNewest, FactRegistry.CasesRecent);

    private static string NotFound(string what, DisclosureTopic topic, Uri start, DisclosureSearch search)
    {
        var looked = string.Join(", ", search.Visited.Take(8).Select(v => v.Opened ? v.Url.PathAndQuery + v.Url.Fragment : $"{v.Url.PathAndQuery}{v.Url.Fragment} ({v.Problem})"));
        var more = search.Visited.Count > 8 ? $" and {search.Visited.Count - 8} more" : "";
        var broken = search.Broken.Count == 0 ? "" : $"; the columns {string.Join(", ", search.Broken.Select(b => $"{b.Url} ({b.Problem})"))} did not open";
        return $"no page publishing {what} ({TopicLabels.Describe(topic)}) found from {start}: looked at {search.Visited.Count} pages of {start.Authority} " +
            $"to depth {DisclosureFinder.MaxDepth}: {looked}{more}{broken}";
    }

    private static string Short(string? label) => label is null ? "" : label.Length > 40 ? label[..40] + "…" : label;

    /// <summary>The evidence of what was judged: where it looked, what it found, the dates read and the verdict on them.</summary>
    private static object Record(DisclosureCheck check, Uri start, DisclosureSearch search, DisclosureJudgement? judgement) => new
    {
        topic = check.Topic.ToString().ToLowerInvariant(),
        start = start.ToString(),
        found = search.Found?.Url.ToString(),
        via = search.Label,
        visited = search.Visited.Select(v => new { url = v.Url.ToString(), status = v.Status, problem = v.Problem }),
        today = judgement?.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        windowDays = judgement?.Window.TotalDays,
        dates = judgement?.Dates.Select(d => new { date = d.Date.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), written = d.Date.Text, label = d.Date.Label, text = d.Text }),
        newest = judgement?.Newest?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        recency = judgement?.Recency.ToString().ToLowerInvariant(),
    };
}
