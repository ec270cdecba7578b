using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Browser.Steps;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Checks.Chatbot;

/// <summary>
/// The chat window the scenario's steps opened: types a question into the input, sends it, and reads the answer
/// that appears. An answer is every element of the <c>answers</c> target that was not there before the question
/// was sent (elements present then are marked as seen, so a portal that reloads the whole page after each question
/// works too), read once its text has stopped changing for <see cref="ChatTimings.Quiet"/>.
/// </summary>
/// <remarks>
/// The waiting happens inside the page, not in rounds of reads from here: one call waits for the first new answer
/// element with text, one waits in the page until the new answers' text has been quiet (the quiet period is
/// measured by the page's own clock, a <c>MutationObserver</c> and <c>setTimeout</c>), and one confirming read
/// catches a second bubble that appeared meanwhile (then it settles again). The overall <see cref="ChatTimings.Wait"/>
/// is kept here, with Playwright timeouts and <see cref="TimeProvider"/> (plus <see cref="ChatTimings.Slack"/> for a
/// wait inside the page), so a page that never answers or never settles cannot hold the check much longer.
/// </remarks>
internal sealed partial class ChatWindow(StepContext steps, ChatbotCheck check, ChatTimings timings)
{
    private ILocator Input => steps.Locate(check.Input).First;

    private ILocator Answers => steps.Locate(check.Answers);

    /// <summary>Answers not marked as seen: new since the question was sent.</summary>
    private ILocator Fresh => Answers.And(steps.Page.Locator(ChatScripts.NotSeen));

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
        // Marked right before sending, not when the last answer was read: a bubble that came after that (a follow-up
        // question, a rating prompt) or a reload since must not count as this question's answer.
        await Answers.EvaluateAllAsync<int>(ChatScripts.MarkSeen);
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
        string? text = null;
        while (true)
        {
            var left = timings.Wait - time.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                return text;
            }

            try
            {
                if (text is null && !await AppearsAsync(left, cancellationToken))
                {
                    return null;
                }

                var settled = await SettleAsync(timings.Wait - time.GetElapsedTime(started), cancellationToken);
                var read = await Answers.EvaluateAllAsync<string>(ChatScripts.ReadFresh).WaitAsync(cancellationToken);
                if (read.Length > 0 && read == settled)
                {
                    return read;
                }

                // A second bubble came while the first settled (settle again), or the answer went away (look again).
                text = read.Length > 0 ? read : null;
                if (text is null)
                {
                    await Task.Delay(timings.Retry, time, cancellationToken);
                }
            }
            catch (PlaywrightException) when (!steps.Page.IsClosed)
            {
                // The page navigated while it was read (a portal that posts the whole form and reloads): look again.
                await Task.Delay(timings.Retry, time, cancellationToken);
            }
            catch (TimeoutException)
            {
                // The page did not finish its wait in time (its script is stuck): the answer as last read, if any.
                return text;
            }
        }
    }

    /// <summary>Waits, inside the page, for a new answer element with text; false when none came within <paramref name="left"/>.</summary>
    private async Task<bool> AppearsAsync(TimeSpan left, CancellationToken cancellationToken)
    {
        try
        {
            var withText = Fresh.Filter(new LocatorFilterOptions { HasTextRegex = NonBlank() }).First;
            await withText.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = Ms(left) })
                .WaitAsync(cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The new answers' text once it has been quiet, or as it is when <paramref name="left"/> runs out.</summary>
    /// <exception cref="TimeoutException">The page did not answer within <paramref name="left"/> and <see cref="ChatTimings.Slack"/>.</exception>
    private async Task<string> SettleAsync(TimeSpan left, CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromTicks(Math.Max(left.Ticks, 0));
        var arguments = new { quiet = timings.Quiet.TotalMilliseconds, wait = wait.TotalMilliseconds };
        return await Fresh.EvaluateAllAsync<string>(ChatScripts.Settle, arguments).WaitAsync(wait + ChatTimings.Slack, steps.Time, cancellationToken);
    }

    /// <summary>At least one millisecond: Playwright reads a timeout of 0 as none.</summary>
    private static float Ms(TimeSpan span) => Math.Max(1, (float)span.TotalMilliseconds);

    [GeneratedRegex(@"\S")]
    private static partial Regex NonBlank();
}
