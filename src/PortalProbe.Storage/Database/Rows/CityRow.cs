namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>cities</c>: the city as its latest run described it.</summary>
internal sealed class CityRow
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Province { get; set; }

    public required string Tier { get; set; }

    public required string Level { get; set; }

    public required string UpdatedAt { get; set; }
}
