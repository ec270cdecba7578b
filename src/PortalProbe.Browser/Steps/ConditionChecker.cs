using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Browser.Engine;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Steps;

/// <summary>Evaluates a condition on the page, either waiting for it (expect) or at once (manual-when).</summary>
internal static class ConditionChecker
{
    /// <summary>Waits up to <paramref name="timeoutMs"/> for the condition; throws <see cref="PortalFailureException"/> if it never holds.</summary>
    public static async Task ExpectAsync(StepContext context, Expectation expectation, float timeoutMs, CancellationToken cancellationToken)
    {
        var deadline = context.Time.GetTimestamp() + (long)(timeoutMs / 1000 * context.Time.TimestampFrequency);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (holds, actual) = await EvaluateAsync(context, expectation);
            if (holds)
            {
                return;
            }

            if (context.Time.GetTimestamp() >= deadline)
            {
                throw new PortalFailureException(
                    $"expected {expectation.Describe()}, but after {timeoutMs / 1000:0.#}s {actual}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), context.Time, cancellationToken);
        }
    }

    public static async Task<bool> HoldsNowAsync(StepContext context, Expectation expectation) =>
        (await EvaluateAsync(context, expectation)).Holds;

    private static async Task<(bool Holds, string Actual)> EvaluateAsync(StepContext context, Expectation expectation)
    {
        switch (expectation)
        {
            case VisibleExpectation visible:
                return await context.Locate(visible.Target).First.IsVisibleAsync()
                    ? (true, "")
                    : (false, await CountAsync(context, visible.Target) == 0 ? "no such element is on the page" : "it is not visible");
            case EnabledExpectation enabled:
                var control = context.Locate(enabled.Target).First;
                if (await context.Locate(enabled.Target).CountAsync() == 0)
                {
                    return (false, "no such element is on the page");
                }

                return await control.IsEnabledAsync() ? (true, "") : (false, "it is disabled");
            case HiddenExpectation hidden:
                return await context.Locate(hidden.Target).First.IsVisibleAsync() ? (false, "it is still visible") : (true, "");
            case TextExpectation text:
                var locator = context.Locate(text.Target);
                if (await locator.CountAsync() == 0)
                {
                    return (false, "no such element is on the page");
                }

                var content = await locator.First.InnerTextAsync(new LocatorInnerTextOptions { Timeout = 2000 });
                return (Matches(content, text.Match, context), $"the text is \"{Shorten(content)}\"");
            case UrlExpectation url:
                return (Matches(context.Page.Url, url.Match, context), $"the url is {context.Page.Url}");
            case TitleExpectation title:
                var pageTitle = await context.Page.TitleAsync();
                return (Matches(pageTitle, title.Match, context), $"the title is \"{pageTitle}\"");
            case CountExpectation count:
                var actual = await CountAsync(context, count.Target);
                return (count.IsSatisfiedBy(actual), $"the count is {actual}");
            default:
                throw new ScriptRuntimeException($"unsupported condition {expectation.GetType().Name}");
        }
    }

    private static Task<int> CountAsync(StepContext context, Target target) => context.Locate(target).CountAsync();

    private static bool Matches(string actual, TextMatch match, StepContext context)
    {
        var expected = context.Scope.Resolve(match.Text);
        if (!match.IsRegex)
        {
            return actual.Contains(expected, StringComparison.Ordinal);
        }

        try
        {
            return Regex.IsMatch(actual, expected, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ScriptRuntimeException($"/{expected}/ is not a valid regular expression: {e.Message}", e);
        }
    }

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 80 ? flat : flat[..77] + "...";
    }
}
