namespace PortalProbe.Facts;

/// <summary>A fact name with its type and unit, as listed in the README.</summary>
public sealed record FactDefinition(string Name, FactType Type, string Unit, string Description);
