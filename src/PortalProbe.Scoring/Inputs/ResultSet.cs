namespace PortalProbe.Scoring.Inputs;

/// <summary>The city results a score table is made from, with a description of where they came from.</summary>
/// <param name="Source">For people: "latest completed run per city", "campaign 2026-spring", "sweep 12".</param>
public sealed record ResultSet(string Source, IReadOnlyList<CityResultSet> Cities);
