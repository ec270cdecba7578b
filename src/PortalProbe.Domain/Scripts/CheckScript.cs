using PortalProbe.Cities;
using PortalProbe.Diagnostics;

namespace PortalProbe.Scripts;

/// <summary>A validated city check script with its templates expanded.</summary>
public sealed record CheckScript(
    string SourceFile,
    CityInfo City,
    IReadOnlyDictionary<string, ValueTemplate> Vars,
    IReadOnlyList<string> RuntimeVars,
    IReadOnlyList<ChannelSpec> Channels,
    IReadOnlyList<Scenario> Scenarios)
{
    /// <summary>Every secret the script reads from the environment.</summary>
    public IEnumerable<string> SecretNames =>
        Vars.Values.Concat(Channels.Select(c => c.Entry))
            .Concat(Scenarios.SelectMany(s => s.Steps).SelectMany(s => s.Templates))
            .Concat(Scenarios.SelectMany(s => s.Check?.Templates ?? []))
            .SelectMany(t => t.SecretNames)
            .Distinct(StringComparer.Ordinal);
}

public sealed record ChannelSpec(ChannelKind Kind, ValueTemplate Entry, SourceLocation Location);

/// <summary>
/// A named sequence of steps of one kind. It runs on every channel of the script unless
/// <see cref="Channels"/> names some.
/// </summary>
public sealed record Scenario(
    string Name,
    ScenarioKind Kind,
    IReadOnlyList<ChannelKind> Channels,
    IReadOnlyList<Step> Steps,
    SourceLocation Location)
{
    /// <summary>The kind's measurement after the steps (the <c>check:</c> block), if the script gives one.</summary>
    public ScenarioCheck? Check { get; init; }

    public bool RunsOn(ChannelKind channel) => Channels.Count == 0 || Channels.Contains(channel);
}
