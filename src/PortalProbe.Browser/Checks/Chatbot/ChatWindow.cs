using Microsoft.Playwright;
using PortalProbe.Browser.Steps;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// The chat window the scenario's steps opened: types a question into the input, sends it, and reads the answer
/// that appears. An answer is every element of the <c>answers</c> target that was not there before the question
/// was sent (elements present then are marked as seen, so a portal that reloads the whole page after each question
/// works too), read once its text has stopped changing.
/// </summary>
internal sealed class ChatWindow(StepContext steps, ChatbotCheck check, ChatTimings timings)
{
    private const string SeenAttribute = "data-portalprobe-seen";

    private const string MarkSeen = $"els => {{ els.forEach(e => e.setAttribute('{SeenAttribute}', '')); return els.length; }}";

    private const string ReadFresh =
        $"els => els.filter(e => !e.hasAttribute('{SeenAttribute}')).map(e => (e.innerText || e.textContent || '').trim()).filter(t => t.length > 0).join('\\n')";

    private ILocator Input => steps.Locate(check.Input).First;

    private ILocator Answers => steps.Locate(check.Answers);

    /// <summary>Whether the input shows up within the step timeout.</summary>
    public async Task<bool> IsOpenAsync()
    {
        try
        {
            await Input.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = Ms(steps.Timeouts.Step) });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Asks <paramref name="wording"/>; the answer's text, or null when none came within the wait.</summary>
    /// <exception cref="PlaywrightException">The input or the send control could not be used.</exception>
    public async Task<string?> AskAsync(string wording, CancellationToken cancellationToken)
    {
        await Answers.EvaluateAllAsync<int>(MarkSeen);
        var step = Ms(steps.Timeouts.Step);
        await Input.FillAsync(wording, new LocatorFillOptions { Timeout = step });
        if (check.Send is { } send)
        {
            await steps.Locate(send).First.ClickAsync(new LocatorClickOptions { Timeout = step });
        }
        else
        {
            await Input.PressAsync("Enter", new LocatorPressOptions { Timeout = step });
        }

        return await ReadAnswerAsync(cancellationToken);
    }

    private async Task<string?> ReadAnswerAsync(CancellationToken cancellationToken)
    {
        var time = steps.Time;
        var started = time.GetTimestamp();
        string? last = null;
        var lastChanged = started;
        while (true)
        {
            var text = await FreshTextAsync();
            var now = time.GetTimestamp();
            if (text != last)
            {
                last = text;
                lastChanged = now;
            }
            else if (last is not null && time.GetElapsedTime(lastChanged, now) >= timings.Quiet)
            {
                return last;
            }

            if (time.GetElapsedTime(started, now) >= timings.Wait)
            {
                return last;
            }

            await Task.Delay(timings.Poll, time, cancellationToken);
        }
    }

    /// <summary>The text of the answers that appeared since the question was sent; null when there is none yet.</summary>
    private async Task<string?> FreshTextAsync()
    {
        try
        {
            var text = await Answers.EvaluateAllAsync<string>(ReadFresh);
            return string.IsNullOrEmpty(text) ? null : text;
        }
        catch (PlaywrightException)
        {
            // The page is navigating (a portal that posts the whole form and reloads): read again on the next poll.
            return null;
        }
    }

    private static float Ms(TimeSpan span) => (float)span.TotalMilliseconds;
}
