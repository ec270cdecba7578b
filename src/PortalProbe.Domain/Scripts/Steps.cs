using PortalProbe.Diagnostics;

namespace PortalProbe.Scripts;

/// <summary>
/// One step of a scenario, after templates were expanded. <see cref="Location"/> is where the step is written;
/// <see cref="UsedAt"/> is the city script's <c>use</c> step when the step came from a template.
/// </summary>
public abstract record Step(SourceLocation Location)
{
    /// <summary>Optional label from the script, shown in reasons instead of the generated description.</summary>
    public string? Label { get; init; }

    /// <summary>Overrides the configured step timeout.</summary>
    public TimeSpan? Timeout { get; init; }

    public SourceLocation? UsedAt { get; init; }

    /// <summary>
    /// The step has a side effect on a real portal (requesting an SMS code, registering, filing an appeal).
    /// It runs only in a live campaign run; a dry run stops the scenario before it.
    /// </summary>
    public bool LiveOnly { get; init; }

    /// <summary>The step's keyword in the script language.</summary>
    public abstract string Keyword { get; }

    /// <summary>Every value template in the step, for validation of references.</summary>
    public abstract IEnumerable<ValueTemplate> Templates { get; }

    /// <summary>Variables this step defines for the steps after it.</summary>
    public virtual IEnumerable<string> Defines => [];

    public abstract string Describe();
}

public sealed record GotoStep(SourceLocation Location, ValueTemplate Url) : Step(Location)
{
    public override string Keyword => "goto";
    public override IEnumerable<ValueTemplate> Templates => [Url];
    public override string Describe() => $"goto {Url}";
}

public sealed record ClickStep(SourceLocation Location, Target Target) : Step(Location)
{
    public override string Keyword => "click";
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"click {Target}";
}

/// <summary>Types a value into a field. A sensitive value (or one using a secret) never reaches storage.</summary>
public sealed record FillStep(SourceLocation Location, Target Target, ValueTemplate Value, bool Sensitive) : Step(Location)
{
    public bool IsSensitive => Sensitive || Value.UsesSecrets;
    public override string Keyword => "fill";
    public override IEnumerable<ValueTemplate> Templates => [.. Target.Templates, Value];
    public override string Describe() => IsSensitive ? $"fill {Target} with ●●●" : $"fill {Target} with \"{Value}\"";
}

public sealed record SelectStep(SourceLocation Location, Target Target, ValueTemplate Value) : Step(Location)
{
    public override string Keyword => "select";
    public override IEnumerable<ValueTemplate> Templates => [.. Target.Templates, Value];
    public override string Describe() => $"select \"{Value}\" in {Target}";
}

public sealed record CheckStep(SourceLocation Location, Target Target) : Step(Location)
{
    public override string Keyword => "check";
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"check {Target}";
}

/// <summary>Presses a key, on a target or on the page.</summary>
public sealed record PressStep(SourceLocation Location, Target? Target, ValueTemplate Key) : Step(Location)
{
    public override string Keyword => "press";
    public override IEnumerable<ValueTemplate> Templates => Target is null ? [Key] : [.. Target.Templates, Key];
    public override string Describe() => Target is null ? $"press {Key}" : $"press {Key} on {Target}";
}

public enum WaitState
{
    Visible,
    Hidden,
    Attached,
    Detached,
}

public sealed record WaitForStep(SourceLocation Location, Target Target, WaitState State) : Step(Location)
{
    public override string Keyword => "wait-for";
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"wait for {Target} to be {State.ToString().ToLowerInvariant()}";
}

public sealed record ExpectStep(SourceLocation Location, Expectation Expectation) : Step(Location)
{
    public override string Keyword => "expect";
    public override IEnumerable<ValueTemplate> Templates => Expectation.Templates;
    public override string Describe() => $"expect {Expectation.Describe()}";
}

/// <summary>When the condition holds, the scenario stops with verdict manual (captcha, WeChat OAuth, SMS to a real phone).</summary>
public sealed record ManualWhenStep(SourceLocation Location, Expectation Condition, ValueTemplate Reason) : Step(Location)
{
    public override string Keyword => "manual-when";
    public override IEnumerable<ValueTemplate> Templates => [.. Condition.Templates, Reason];
    public override string Describe() => $"manual when {Condition.Describe()}";
}

/// <summary>Reads an element's text or attribute into a variable, optionally through a regex (first group if any).</summary>
public sealed record ExtractStep(
    SourceLocation Location, Target Target, string Into, string? Attribute, string? Pattern) : Step(Location)
{
    public override string Keyword => "extract";
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override IEnumerable<string> Defines => [Into];
    public override string Describe() =>
        $"extract {(Attribute is null ? "text" : $"@{Attribute}")} of {Target} into ${{{Into}}}";
}

public sealed record ScreenshotStep(SourceLocation Location, string Name, bool FullPage) : Step(Location)
{
    public override string Keyword => "screenshot";
    public override IEnumerable<ValueTemplate> Templates => [];
    public override string Describe() => $"screenshot \"{Name}\"";
}

/// <summary>
/// Reads the SMS code a portal texted to <see cref="Phone"/> from the configured source into the variable
/// <see cref="Into"/>. The code is sensitive: it never reaches logs, the database or the evidence.
/// </summary>
public sealed record SmsCodeStep(SourceLocation Location, ValueTemplate Phone, string Into) : Step(Location)
{
    public override string Keyword => "sms-code";
    public override IEnumerable<ValueTemplate> Templates => [Phone];
    public override IEnumerable<string> Defines => [Into];
    public override string Describe() => $"read the SMS code into ${{{Into}}}";
}
