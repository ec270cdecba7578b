namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>campaigns</c>; open while <see cref="ClosedAt"/> is null.</summary>
internal sealed class CampaignRow
{
    public long Id { get; set; }

    public required string Name { get; set; }

    public required string StartedAt { get; set; }

    public string? ClosedAt { get; set; }
}
