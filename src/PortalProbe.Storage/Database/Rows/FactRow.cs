namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>facts</c>; <see cref="Id"/> keeps the order the scenario reported them in.</summary>
internal sealed class FactRow
{
    public long Id { get; set; }

    public long ScenarioResultId { get; set; }

    public required string Name { get; set; }

    public required string Type { get; set; }

    public required string Value { get; set; }
}
