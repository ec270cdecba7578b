using PortalProbe.Checks.Parsing;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Templates;

/// <summary>Rebuilds a step with every value template mapped; labels, timeouts and places are kept.</summary>
internal static class StepRewriter
{
    public static Step Map(Step step, Func<ValueTemplate, ValueTemplate> map) => step switch
    {
        GotoStep s => s with { Url = map(s.Url) },
        ClickStep s => s with { Target = Map(s.Target, map) },
        CheckStep s => s with { Target = Map(s.Target, map) },
        FillStep s => s with { Target = Map(s.Target, map), Value = map(s.Value) },
        SelectStep s => s with { Target = Map(s.Target, map), Value = map(s.Value) },
        PressStep s => s with { Target = s.Target is null ? null : Map(s.Target, map), Key = map(s.Key) },
        WaitForStep s => s with { Target = Map(s.Target, map) },
        ExpectStep s => s with { Expectation = Map(s.Expectation, map) },
        ManualWhenStep s => s with { Condition = Map(s.Condition, map), Reason = map(s.Reason) },
        ExtractStep s => s with { Target = Map(s.Target, map) },
        SmsCodeStep s => s with { Phone = map(s.Phone) },
        UseStep s => s with { Arguments = [.. s.Arguments.Select(a => a with { Value = map(a.Value) })] },
        _ => step,
    };

    public static Target Map(Target target, Func<ValueTemplate, ValueTemplate> map) =>
        target with { Value = map(target.Value), Name = target.Name is null ? null : map(target.Name) };

    public static Expectation Map(Expectation expectation, Func<ValueTemplate, ValueTemplate> map) => expectation switch
    {
        VisibleExpectation e => e with { Target = Map(e.Target, map) },
        EnabledExpectation e => e with { Target = Map(e.Target, map) },
        HiddenExpectation e => e with { Target = Map(e.Target, map) },
        TextExpectation e => e with { Target = Map(e.Target, map), Match = e.Match with { Text = map(e.Match.Text) } },
        UrlExpectation e => e with { Match = e.Match with { Text = map(e.Match.Text) } },
        TitleExpectation e => e with { Match = e.Match with { Text = map(e.Match.Text) } },
        CountExpectation e => e with { Target = Map(e.Target, map) },
        _ => expectation,
    };
}
