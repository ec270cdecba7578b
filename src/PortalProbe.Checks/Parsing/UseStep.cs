using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks.Parsing;

/// <summary>
/// <c>use: template</c> as parsed, before expansion. It never leaves this project: expansion replaces it with the
/// template's steps, so the domain has no such step.
/// </summary>
internal sealed record UseStep(
    SourceLocation Location, string TemplateName, SourceLocation NameLocation, IReadOnlyList<UseArgument> Arguments)
    : Step(Location)
{
    public override string Keyword => "use";
    public override IEnumerable<ValueTemplate> Templates => Arguments.Select(a => a.Value);
    public override string Describe() => $"use {TemplateName}";
}

/// <summary>One <c>with:</c> entry; <see cref="Location"/> is the key's place.</summary>
internal sealed record UseArgument(string Name, ValueTemplate Value, SourceLocation Location);
