using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Browser.Steps;
using PortalProbe.Results;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Engine;

/// <summary>Decides whose fault a step's exception is: the portal's (fail), a human gate (manual) or ours (error).</summary>
internal static partial class FailureJudge
{
    public const string OutdatedHint =
        "the script may be outdated: an element it expects is not on the page (was the portal redesigned?)";

    public static async Task<StepFailure> JudgeAsync(StepContext context, Step step, Exception exception)
    {
        switch (exception)
        {
            case HumanNeededException human:
                return new StepFailure(Verdict.Manual, human.Message, null);
            case ScriptRuntimeException script:
                return new StepFailure(Verdict.Error, script.Message, null);
            case System.Text.RegularExpressions.RegexMatchTimeoutException regex:
                return new StepFailure(Verdict.Error, $"the script's regular expression /{regex.Pattern}/ took too long", null);
            case OperationCanceledException:
                return new StepFailure(Verdict.Fail, $"the scenario ran out of its time budget of {context.Timeouts.Scenario.TotalSeconds:0}s", null);
        }

        if (exception is not (PlaywrightException or PortalFailureException or TimeoutException))
        {
            return new StepFailure(Verdict.Error, $"internal error: {exception.GetType().Name}: {BrowserSession.FirstLine(exception.Message)}", null);
        }

        if (exception is not PortalFailureException && await HumanGate.DetectAsync(context.Page) is { } gate)
        {
            return new StepFailure(Verdict.Manual, $"needs a human: {gate}", null);
        }

        var message = exception is PortalFailureException portal ? portal.Message : Describe(exception, context, step);
        var hint = exception is PortalFailureException { Hint: { } h } ? h : await OutdatedHintAsync(context, step);
        return new StepFailure(Verdict.Fail, message, hint);
    }

    private static string Describe(Exception exception, StepContext context, Step step)
    {
        var first = BrowserSession.FirstLine(exception.Message);
        var network = first.IndexOf("net::ERR_", StringComparison.Ordinal);
        if (network >= 0)
        {
            var code = first[(network + 5)..].Split(' ', 2)[0];
            return $"the portal could not be reached ({code})";
        }

        if (exception is TimeoutException || first.StartsWith("Timeout ", StringComparison.Ordinal))
        {
            // The limit that ran out, as Playwright names it: a click waits for the page it led to with the navigation
            // timeout, not the step's, and the reason must not say "after 10s" of a 20 s wait.
            var seconds = PlaywrightTimeout().Match(first) is { Success: true } named
                ? double.Parse(named.Groups[1].Value, CultureInfo.InvariantCulture) / 1000
                : step is GotoStep ? (step.Timeout ?? context.Timeouts.Navigation).TotalSeconds : context.TimeoutMs(step) / 1000;
            return $"timed out after {seconds.ToString("0.#", CultureInfo.InvariantCulture)}s: {first}";
        }

        return first;
    }

    private static async Task<string?> OutdatedHintAsync(StepContext context, Step step)
    {
        var target = step switch
        {
            ClickStep s => s.Target,
            FillStep s => s.Target,
            SelectStep s => s.Target,
            CheckStep s => s.Target,
            PressStep s => s.Target,
            WaitForStep { State: WaitState.Visible or WaitState.Attached } s => s.Target,
            ExtractStep s => s.Target,
            ExpectStep { Expectation: VisibleExpectation v } => v.Target,
            ExpectStep { Expectation: TextExpectation t } => t.Target,
            _ => null,
        };
        if (target is null)
        {
            return null;
        }

        try
        {
            return await context.Locate(target).CountAsync() == 0 ? OutdatedHint : null;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^Timeout (\d+)ms exceeded")]
    private static partial Regex PlaywrightTimeout();
}

internal sealed record StepFailure(Verdict Verdict, string Message, string? Hint);
