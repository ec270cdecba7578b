using System.Globalization;
using Microsoft.Playwright;
using PortalProbe.Analysis.Chatbot;
using PortalProbe.Browser.Checks.Chatbot;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Privacy;
using PortalProbe.Browser.Steps;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks;

/// <summary>
/// Asks the question bank in the chat window the steps opened and judges every answer (issue 4, "Chatbot
/// accuracy"): the first <see cref="ChatbotCheck.Questions"/> questions (all by default) and, unless turned off,
/// their paraphrases. Pass when the accuracy is at least <see cref="ChatbotScore.PassMark"/>; no chat input is a
/// fail ("no chat window"); a page only a person can get past is manual. The conversation is kept as a screenshot
/// and a JSON transcript with the judge's verdicts.
/// </summary>
internal static class ChatbotCheckRunner
{
    private const int WorstShown = 3;

    public static async Task<CheckOutcome> RunAsync(CheckRun run, ChatbotCheck check, CancellationToken cancellationToken)
    {
        if (run.Services.Questions is not { } bank)
        {
            return new CheckOutcome(Verdict.Error, "no question bank: the checks folder has no questions/ (checks/questions/*.yaml)", []);
        }

        var steps = run.Steps;
        var timings = ChatTimings.For(check.Wait, steps.Timeouts.Step);
        var window = new ChatWindow(steps, check, timings);
        if (!await window.IsOpenAsync())
        {
            return await HumanGate.DetectAsync(steps.Page) is { } human
                ? new CheckOutcome(Verdict.Manual, $"the chat window needs a person: {human}", [])
                : new CheckOutcome(Verdict.Fail, $"no chat window: the chat input {check.Input} is not on the page ({check.Location})",
                    [FactValue.Of(FactRegistry.ChatbotPresent, false)]);
        }

        var questions = bank.Questions.Take(check.Questions ?? int.MaxValue).ToList();
        var (exchanges, outOfTime) = await AskAllAsync(window, ChatbotJudge.For(bank), questions, check.Paraphrases, steps, timings, cancellationToken);
        var score = ChatbotScore.Of(exchanges);
        await KeepEvidenceAsync(run, score, exchanges, cancellationToken);

        List<FactValue> facts =
        [
            FactValue.Of(FactRegistry.ChatbotPresent, true),
            FactValue.Of(FactRegistry.ChatbotQuestions, score.Asked),
            FactValue.Ratio(FactRegistry.ChatbotAccuracy, score.Accuracy),
        ];
        if (score.Robustness is { } robustness)
        {
            facts.Add(FactValue.Ratio(FactRegistry.ChatbotParaphraseRobustness, robustness));
        }

        var wordings = questions.Sum(q => check.Paraphrases ? q.Wordings.Count() : 1);
        var reason = Reason(score, exchanges, wordings, timings);
        if (outOfTime)
        {
            var limit = steps.Timeouts.Scenario.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            reason += $" (asked {exchanges.Count} of {wordings} before the scenario's time limit of {limit} s; the rest were not asked)";
        }

        return new CheckOutcome(score.Passes ? Verdict.Pass : Verdict.Fail, reason, facts);
    }

    /// <summary>The exchanges, and whether the asking stopped for the scenario's time limit.</summary>
    private static async Task<(List<ChatExchange> Exchanges, bool OutOfTime)> AskAllAsync(
        ChatWindow window, ChatbotJudge judge, IReadOnlyList<Question> questions, bool paraphrases, StepContext steps, ChatTimings timings,
        CancellationToken cancellationToken)
    {
        var exchanges = new List<ChatExchange>();
        foreach (var question in questions)
        {
            var wordings = paraphrases ? question.Wordings : [question.Text];
            foreach (var (wording, index) in wordings.Select((w, i) => (w, i)))
            {
                if (exchanges.Count > 0 && !HasTimeForAnother(steps, timings))
                {
                    return (exchanges, true);
                }

                var answer = await window.AskAsync(wording, cancellationToken);
                var stored = answer is null ? null : PersonalDataMasker.Mask(steps.Sensitive.Redact(answer));
                exchanges.Add(new ChatExchange(question, wording, index > 0, stored, judge.Judge(question, stored ?? "", wording)));
                if (IsSilent(exchanges))
                {
                    return (exchanges, false);
                }
            }
        }

        return (exchanges, false);
    }

    /// <summary>
    /// Whether the scenario's time limit leaves room for one more answer's whole wait and the evidence after it (a
    /// full-page screenshot and its fallback, a step timeout each). A slow portal's chatbot (2 s an answer) cannot
    /// answer the whole bank in the default 120 s: it is judged on what it answered, and the reason says so.
    /// </summary>
    private static bool HasTimeForAnother(StepContext steps, ChatTimings timings) =>
        steps.Deadline is not { } end || steps.Time.GetUtcNow() + timings.Wait + (2 * steps.Timeouts.Step) <= end;

    /// <summary>No answer at all to the first few questions: asking the rest would only wait out every one of them.</summary>
    private static bool IsSilent(List<ChatExchange> exchanges) =>
        exchanges.Count == ChatTimings.SilentAfter && exchanges.All(e => e.Answer is null);

    private static async Task KeepEvidenceAsync(CheckRun run, ChatbotScore score, List<ChatExchange> exchanges, CancellationToken cancellationToken)
    {
        var steps = run.Steps;

        // A long conversation makes a tall page whose full-page screenshot can outlast the step timeout on a busy
        // machine; the visible part, with the last answers, is then better than none.
        if (!await ScreenshotAsync(run, fullPage: true, cancellationToken))
        {
            await ScreenshotAsync(run, fullPage: false, cancellationToken);
        }

        var transcript = ChatTranscript.Write(run.CityCode, run.Scenario.Name, score, exchanges);
        await steps.Evidence.JsonAsync(transcript, steps.Page.Url, "chatbot-transcript", cancellationToken);
    }

    private static async Task<bool> ScreenshotAsync(CheckRun run, bool fullPage, CancellationToken cancellationToken)
    {
        try
        {
            await run.Steps.Evidence.ScreenshotAsync(run.Steps, "chatbot-conversation", fullPage, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            EngineLog.EvidenceFailed(run.Logger, fullPage ? "full-page screenshot" : "screenshot", BrowserSession.FirstLine(e.Message));
            return false;
        }
    }

    private static string Reason(ChatbotScore score, List<ChatExchange> exchanges, int wordings, ChatTimings timings)
    {
        if (exchanges.All(e => e.Answer is null))
        {
            var seconds = timings.Wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
            var rest = exchanges.Count < wordings ? $"; the other {wordings - exchanges.Count} were not asked" : "";
            return $"the chatbot is silent: no answer to {exchanges.Count} questions within {seconds} s each{rest}";
        }

        return score.Passes
            ? $"the chatbot answers from the bank: {score}"
            : $"the chatbot's {score} is below {ChatbotScore.PassMark.ToString("0.0", CultureInfo.InvariantCulture)}; worst: " +
              string.Join("; ", ChatbotScore.Worst(exchanges, WorstShown));
    }
}
