namespace PortalProbe.Scripts;

/// <summary>A condition on the current page, used by <c>expect</c> and <c>manual-when</c>.</summary>
public abstract record Expectation
{
    public abstract IEnumerable<ValueTemplate> Templates { get; }

    public abstract string Describe();
}

public sealed record VisibleExpectation(Target Target) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"{Target} visible";
}

public sealed record EnabledExpectation(Target Target) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"{Target} enabled";
}

public sealed record HiddenExpectation(Target Target) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;
    public override string Describe() => $"{Target} hidden";
}

/// <summary>How a text is compared: by substring or by regular expression.</summary>
public sealed record TextMatch(ValueTemplate Text, bool IsRegex)
{
    public string Describe() => IsRegex ? $"matches /{Text}/" : $"contains \"{Text}\"";
}

public sealed record TextExpectation(Target Target, TextMatch Match) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => [.. Target.Templates, Match.Text];
    public override string Describe() => $"text of {Target} {Match.Describe()}";
}

public sealed record UrlExpectation(TextMatch Match) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => [Match.Text];
    public override string Describe() => $"url {Match.Describe()}";
}

public sealed record TitleExpectation(TextMatch Match) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => [Match.Text];
    public override string Describe() => $"title {Match.Describe()}";
}

public enum CountComparison
{
    Equal,
    AtLeast,
    AtMost,
}

public sealed record CountExpectation(Target Target, CountComparison Comparison, int Value) : Expectation
{
    public override IEnumerable<ValueTemplate> Templates => Target.Templates;

    public bool IsSatisfiedBy(int actual) => Comparison switch
    {
        CountComparison.Equal => actual == Value,
        CountComparison.AtLeast => actual >= Value,
        CountComparison.AtMost => actual <= Value,
        _ => false,
    };

    public override string Describe() => Comparison switch
    {
        CountComparison.Equal => $"count of {Target} = {Value}",
        CountComparison.AtLeast => $"count of {Target} >= {Value}",
        _ => $"count of {Target} <= {Value}",
    };
}
