using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Parsing;

/// <summary>The forms of each step keyword's value.</summary>
internal sealed class StepForms
{
    private static readonly IReadOnlyList<string> WaitStates = ["visible", "hidden", "attached", "detached"];

    private readonly ParseContext _context;
    private readonly TargetParser _targets;
    private readonly ConditionParser _conditions;

    public StepForms(ParseContext context)
    {
        _context = context;
        _targets = new TargetParser(context);
        _conditions = new ConditionParser(context, _targets);
    }

    public Step? Parse(YamlEntry keyword, YamlMapping step)
    {
        var at = step.Location;
        var value = keyword.Value;
        switch (keyword.Key.Value)
        {
            case "goto":
                return _context.Text(value, "'goto'") is { } url ? new GotoStep(at, url) : null;
            case "click":
                return _targets.Parse(value, "'click'") is { } clicked ? new ClickStep(at, clicked) : null;
            case "check":
                return _targets.Parse(value, "'check'") is { } checkedBox ? new CheckStep(at, checkedBox) : null;
            case "expect":
                return _conditions.Parse(value, "expect", []) is { } expectation ? new ExpectStep(at, expectation) : null;
            case "fill":
                return Fill(at, value);
            case "select":
                return Select(at, value);
            case "press":
                return Press(at, value);
            case "wait-for":
                return WaitFor(at, value);
            case "manual-when":
                return ManualWhen(at, value);
            case "extract":
                return new ExtractForm(_context, _targets).Parse(at, value);
            case "sms-code":
                return SmsCode(at, value);
            case "screenshot":
                return Screenshot(at, value);
            default:
                return UseForm.Parse(_context, keyword, step);
        }
    }

    private FillStep? Fill(SourceLocation at, YamlNode value)
    {
        var (mapping, target) = Form(value, "fill", ["value", "sensitive"], required: true);
        if (mapping is null)
        {
            return null;
        }

        var text = Text(mapping, "value", "fill");
        var sensitive = mapping["sensitive"] is { } flag ? _context.Bool(flag, "'sensitive'") : false;
        return target is null || text is null || sensitive is null ? null : new FillStep(at, target, text, sensitive.Value);
    }

    private SelectStep? Select(SourceLocation at, YamlNode value)
    {
        var (mapping, target) = Form(value, "select", ["value"], required: true);
        var option = mapping is null ? null : Text(mapping, "value", "select");
        return target is null || option is null ? null : new SelectStep(at, target, option);
    }

    private PressStep? Press(SourceLocation at, YamlNode value)
    {
        if (value is not YamlMapping)
        {
            return _context.Text(value, "'press'") is { } key ? new PressStep(at, null, key) : null;
        }

        var (mapping, target) = Form(value, "press", ["key"], required: false);
        var keyText = mapping is null ? null : Text(mapping, "key", "press");
        var targetGiven = mapping is not null && TargetGiven(mapping);
        return keyText is null || (targetGiven && target is null) ? null : new PressStep(at, target, keyText);
    }

    private WaitForStep? WaitFor(SourceLocation at, YamlNode value)
    {
        if (value is not YamlMapping)
        {
            return _targets.Parse(value, "'wait-for'") is { } waited ? new WaitForStep(at, waited, WaitState.Visible) : null;
        }

        var (mapping, target) = Form(value, "wait-for", ["state"], required: true);
        var state = WaitState.Visible;
        if (mapping?["state"] is { } stateNode && _context.Scalar(stateNode, "'state'") is { } stateText)
        {
            var index = WaitStates.ToList().IndexOf(stateText);
            if (index < 0)
            {
                _context.Error(stateNode, $"'state' must be one of {string.Join(", ", WaitStates)}, not '{stateText}'{Suggestions.DidYouMean(stateText, WaitStates)}");
                return null;
            }

            state = (WaitState)index;
        }

        return target is null ? null : new WaitForStep(at, target, state);
    }

    private ManualWhenStep? ManualWhen(SourceLocation at, YamlNode value)
    {
        var condition = _conditions.Parse(value, "manual-when", ["reason"]);
        if (value is not YamlMapping mapping)
        {
            return null;
        }

        var reason = Text(mapping, "reason", "manual-when");
        return condition is null || reason is null ? null : new ManualWhenStep(at, condition, reason);
    }

    /// <summary><c>sms-code: { phone: "${phone}", into: sms_code }</c>.</summary>
    private SmsCodeStep? SmsCode(SourceLocation at, YamlNode value)
    {
        if (_context.Mapping(value, "'sms-code'") is not { } mapping)
        {
            return null;
        }

        _context.RejectUnknownKeys(mapping, ["phone", "into"], "'sms-code'");
        var phone = Text(mapping, "phone", "sms-code");
        var into = mapping["into"] is { } intoNode ? _context.Scalar(intoNode, "'into'") : Missing(mapping, "sms-code", "into");
        if (into is not null && !ValueTemplate.IsValidName(into))
        {
            _context.Error(mapping["into"]!, $"'into' must be a variable name (letters, digits, '_', '-', '.'), not '{into}'");
            return null;
        }

        return phone is null || into is null ? null : new SmsCodeStep(at, phone, into);
    }

    private ScreenshotStep? Screenshot(SourceLocation at, YamlNode value)
    {
        if (value is not YamlMapping mapping)
        {
            return _context.Slug(value, "screenshot name") is { } name ? new ScreenshotStep(at, name, FullPage: false) : null;
        }

        _context.RejectUnknownKeys(mapping, ["name", "full-page"], "'screenshot'");
        var named = mapping["name"] is { } nameNode ? _context.Slug(nameNode, "screenshot name") : Missing(mapping, "screenshot", "name");
        var fullPage = mapping["full-page"] is { } flag ? _context.Bool(flag, "'full-page'") : false;
        return named is null || fullPage is null ? null : new ScreenshotStep(at, named, fullPage.Value);
    }

    /// <summary>A step value that is a mapping of its own keys plus a target inline or under <c>target:</c>.</summary>
    private (YamlMapping? Mapping, Target? Target) Form(YamlNode value, string keyword, IReadOnlyList<string> ownKeys, bool required)
    {
        if (_context.Mapping(value, $"'{keyword}'") is not { } mapping)
        {
            return (null, null);
        }

        _context.RejectUnknownKeys(mapping, [.. ownKeys, "target", .. TargetParser.AllKeys], $"'{keyword}'");
        return (mapping, _targets.ParseIn(mapping, $"'{keyword}'", required));
    }

    private static bool TargetGiven(YamlMapping mapping) =>
        mapping.Has("target") || mapping.Entries.Any(e => TargetParser.AllKeys.Contains(e.Key.Value));

    private ValueTemplate? Text(YamlMapping mapping, string key, string keyword) =>
        mapping[key] is { } node ? _context.Text(node, $"'{key}'") : Missing<ValueTemplate>(mapping, keyword, key);

    private T? Missing<T>(YamlMapping mapping, string keyword, string key)
        where T : class
    {
        _context.Error(mapping, $"'{keyword}' needs '{key}'");
        return null;
    }

    private string? Missing(YamlMapping mapping, string keyword, string key) => Missing<string>(mapping, keyword, key);
}
