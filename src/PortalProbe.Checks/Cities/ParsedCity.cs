using PortalProbe.Cities;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Cities;

/// <summary>A city script as written, before references are checked and templates expanded.</summary>
internal sealed record ParsedCity(
    CityInfo? City,
    IReadOnlyList<Declared> Runtime,
    IReadOnlyList<DeclaredVar> Vars,
    IReadOnlyList<ChannelSpec> Channels,
    IReadOnlyList<ParsedScenario> Scenarios);

internal sealed record Declared(string Name, SourceLocation Location);

internal sealed record DeclaredVar(string Name, ValueTemplate Value, SourceLocation Location);

internal sealed record ParsedScenario(
    string Name, ScenarioKind Kind, IReadOnlyList<ChannelKind> Channels, IReadOnlyList<Step> Steps, SourceLocation Location)
{
    public ScenarioCheck? Check { get; init; }
}
