using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalProbe.Browser.Engine;
using PortalProbe.Scripts;

namespace PortalProbe.Browser.Steps;

/// <summary>Performs one step on the page. Portal faults surface as Playwright exceptions for the caller to judge.</summary>
internal static class StepRunner
{
    public static async Task RunAsync(StepContext context, Step step, CancellationToken cancellationToken)
    {
        var navigationsBefore = context.Navigations;
        await PerformAsync(context, step, cancellationToken);
        if (step is ClickStep or PressStep or CheckStep)
        {
            await context.Page.WaitForLoadStateAsync(LoadState.Load, new PageWaitForLoadStateOptions
            {
                Timeout = (float)context.Timeouts.Navigation.TotalMilliseconds,
            });
        }

        if (step is ClickStep or PressStep or CheckStep && context.Navigations != navigationsBefore
            && context.LastNavigation is { Status: >= 400 } landed)
        {
            throw new PortalFailureException($"it led to {landed.Url}, which answered HTTP {landed.Status}");
        }
    }

    private static async Task PerformAsync(StepContext context, Step step, CancellationToken cancellationToken)
    {
        var timeout = context.TimeoutMs(step);
        switch (step)
        {
            case GotoStep go:
                await GotoAsync(context, context.Scope.Resolve(go.Url), step);
                break;
            case ClickStep click:
                await context.Locate(click.Target).First.ClickAsync(new LocatorClickOptions { Timeout = timeout });
                break;
            case FillStep fill:
                var field = context.Locate(fill.Target).First;
                var value = context.Scope.Resolve(fill.Value);
                if (fill.IsSensitive || context.Sensitive.Covers(value))
                {
                    context.Sensitive.Add(value);
                    context.SensitiveFields.Add(field);
                }

                await field.FillAsync(value, new LocatorFillOptions { Timeout = timeout });
                break;
            case SelectStep select:
                await context.Locate(select.Target).First.SelectOptionAsync(
                    context.Scope.Resolve(select.Value), new LocatorSelectOptionOptions { Timeout = timeout });
                break;
            case CheckStep check:
                await context.Locate(check.Target).First.CheckAsync(new LocatorCheckOptions { Timeout = timeout });
                break;
            case PressStep press when press.Target is null:
                await context.Page.Keyboard.PressAsync(context.Scope.Resolve(press.Key));
                break;
            case PressStep { Target: { } pressTarget } press:
                await context.Locate(pressTarget).First.PressAsync(
                    context.Scope.Resolve(press.Key), new LocatorPressOptions { Timeout = timeout });
                break;
            case WaitForStep wait:
                await context.Locate(wait.Target).First.WaitForAsync(new LocatorWaitForOptions
                {
                    State = ToPlaywright(wait.State),
                    Timeout = timeout,
                });
                break;
            case ExpectStep expect:
                await ConditionChecker.ExpectAsync(context, expect.Expectation, timeout, cancellationToken);
                break;
            case ManualWhenStep manual:
                if (await ConditionChecker.HoldsNowAsync(context, manual.Condition))
                {
                    throw new HumanNeededException(context.Scope.Resolve(manual.Reason));
                }

                break;
            case ExtractStep extract:
                context.Scope.Set(extract.Into, await ExtractAsync(context, extract, timeout));
                break;
            case SmsCodeStep sms:
                var code = await context.SmsCodes.ReadAsync(context, context.Scope.Resolve(sms.Phone), step.Timeout ?? context.Timeouts.Step, cancellationToken);
                context.Sensitive.Add(code);
                context.Scope.Set(sms.Into, code);
                break;
            case ScreenshotStep shot:
                await context.Evidence.ScreenshotAsync(context, shot.Name, shot.FullPage, cancellationToken);
                break;
            default:
                throw new ScriptRuntimeException($"step '{step.Keyword}' is not supported by this engine");
        }
    }

    private static async Task GotoAsync(StepContext context, string url, Step step)
    {
        var started = context.Time.GetTimestamp();
        var response = await context.Page.GotoAsync(url, new PageGotoOptions
        {
            Timeout = (float)(step.Timeout ?? context.Timeouts.Navigation).TotalMilliseconds,
            WaitUntil = WaitUntilState.Load,
        });
        context.EntryLoadTime ??= context.Time.GetElapsedTime(started);
        context.LastHttpStatus = response?.Status;
        if (response is { Status: >= 400 })
        {
            throw new PortalFailureException($"{url} answered HTTP {response.Status} {response.StatusText}".TrimEnd());
        }
    }

    private static async Task<string> ExtractAsync(StepContext context, ExtractStep extract, float timeout)
    {
        var element = context.Locate(extract.Target).First;
        var text = extract.Attribute is null
            ? await element.InnerTextAsync(new LocatorInnerTextOptions { Timeout = timeout })
            : await element.GetAttributeAsync(extract.Attribute, new LocatorGetAttributeOptions { Timeout = timeout })
              ?? throw new PortalFailureException($"the element has no attribute '{extract.Attribute}'");
        text = text.Trim();
        if (extract.Pattern is null)
        {
            return text;
        }

        var match = Regex.Match(text, extract.Pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        return match.Success
            ? match.Groups.Count > 1 ? match.Groups[1].Value : match.Value
            : throw new PortalFailureException($"the text \"{text}\" does not match /{extract.Pattern}/");
    }

    private static WaitForSelectorState ToPlaywright(WaitState state) => state switch
    {
        WaitState.Hidden => WaitForSelectorState.Hidden,
        WaitState.Attached => WaitForSelectorState.Attached,
        WaitState.Detached => WaitForSelectorState.Detached,
        _ => WaitForSelectorState.Visible,
    };
}
