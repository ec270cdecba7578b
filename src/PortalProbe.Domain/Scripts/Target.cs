namespace PortalProbe.Scripts;

/// <summary>How a target element is located. Role, text and label locators survive CSS redesigns better.</summary>
public enum TargetKind
{
    /// <summary>A Playwright selector string (css=, xpath=, text=, role=... or plain CSS).</summary>
    Selector,
    Role,
    Text,
    Label,
    Placeholder,
    TestId,
    Title,
    AltText,
}

/// <summary>An element a step acts on. <see cref="Name"/> is the accessible name for role targets.</summary>
public sealed record Target(TargetKind Kind, ValueTemplate Value, ValueTemplate? Name = null, bool Exact = false)
{
    public IEnumerable<ValueTemplate> Templates => Name is null ? [Value] : [Value, Name];

    public override string ToString() => Kind switch
    {
        TargetKind.Selector => Value.Raw,
        TargetKind.Role when Name is not null => $"role={Value.Raw}[name=\"{Name.Raw}\"]",
        _ => $"{Kind.ToString().ToLowerInvariant()}={Value.Raw}",
    };
}
