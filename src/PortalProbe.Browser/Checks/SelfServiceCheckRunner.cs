using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PortalProbe.Browser.Navigation;
using PortalProbe.Browser.SelfService;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// The selfservice check: counts the information-search channels the start page offers (site search, FAQ or
/// knowledge base, hot questions, chatbot), each link opened to see it works, and looks for an enterprise-service
/// entrance. Pass with two channels or more, the monitoring's rule; the entrance is a fact, not part of the verdict.
/// </summary>
internal static class SelfServiceCheckRunner
{
    /// <summary>The monitoring counts a city as offering self-service search from two channels up.</summary>
    public const int ChannelsToPass = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static async Task<CheckOutcome> RunAsync(CheckRun run, SelfServiceCheck check, CancellationToken cancellationToken)
    {
        var steps = run.Steps;
        var start = new Uri(run.StartOr(check.Start));
        var opened = await PageOpener.OpenOrRetryAsync(steps.Page, start, steps.Timeouts.Navigation, SelfServiceSurvey.RetryPause, steps.Time, cancellationToken);
        if (!opened.Opened)
        {
            return new CheckOutcome(Verdict.Fail, $"the start page {start} did not open: {opened.Problem}", []);
        }

        var survey = await SelfServiceSurvey.TakeAsync(steps.Page, start, steps.Timeouts.Navigation, steps.Time, cancellationToken);
        await steps.Evidence.ScreenshotAsync(steps, "selfservice", fullPage: true, cancellationToken);
        await steps.Evidence.JsonAsync(JsonSerializer.Serialize(Record(start, survey), Json), start.ToString(), "selfservice-found", cancellationToken);

        var channels = survey.Channels;
        var facts = new[] { FactValue.Of(FactRegistry.SearchChannels, channels.Count), FactValue.Of(FactRegistry.EnterpriseEntrance, survey.EnterpriseEntrance) };
        var verdict = channels.Count >= ChannelsToPass ? Verdict.Pass : Verdict.Fail;
        var rule = verdict == Verdict.Pass ? $"at least {ChannelsToPass}" : $"fewer than the {ChannelsToPass} the monitoring asks for";
        var reason = $"{channels.Count} information-search channels on {start} ({rule}): {Found(survey)}; enterprise-service entrance: {Entrance(survey)}";
        return new CheckOutcome(verdict, reason, facts);
    }

    private static string Found(SelfServiceSurvey survey)
    {
        var items = survey.Findings.Where(f => f.Channel is not null).Select(Describe).ToList();
        return items.Count == 0 ? "none found" : string.Join(", ", items);
    }

    private static string Entrance(SelfServiceSurvey survey)
    {
        var items = survey.Findings.Where(f => f.Channel is null).Select(Describe).ToList();
        return items.Count == 0 ? "none found" : string.Join(", ", items);
    }

    private static string Describe(SelfServiceFinding f)
    {
        var name = f.Channel switch
        {
            SearchChannel.SiteSearch => "site search",
            SearchChannel.Faq => "FAQ",
            SearchChannel.HotQuestions => "hot questions",
            SearchChannel.Chatbot => "chatbot",
            _ => "entrance",
        };
        var text = f.Text.Length > 30 ? f.Text[..30] + "…" : f.Text;
        var state = f.Visit switch
        {
            { Opened: false } v => $", did not open: {v.Problem}{(v.FirstTry is null ? "" : $" (first try: {v.FirstTry})")}",
            { FirstTry: { } first } => $", opened on the second try (first: {first})",
            _ => "",
        };
        return $"{name} '{text}'{(f.Target is null ? "" : $" → {f.Target.PathAndQuery}{f.Target.Fragment}")}{state}";
    }

    private static object Record(Uri start, SelfServiceSurvey survey) => new
    {
        start = start.ToString(),
        channels = survey.Channels.Select(c => c.ToString()),
        enterpriseEntrance = survey.EnterpriseEntrance,
        found = survey.Findings.Select(f => new
        {
            what = f.Channel?.ToString() ?? "EnterpriseEntrance",
            text = f.Text,
            target = f.Target?.ToString(),
            status = f.Visit?.Status,
            problem = f.Visit?.Problem,
            firstTry = f.Visit?.FirstTry,
            works = f.Works,
        }),
    };
}
