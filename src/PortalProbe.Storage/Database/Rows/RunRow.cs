namespace PortalProbe.Storage.Database.Rows;

/// <summary>A row of <c>runs</c>. <see cref="Status"/> is one of <see cref="RunStatus"/>.</summary>
internal sealed class RunRow
{
    public long Id { get; set; }

    public required string CityCode { get; set; }

    public required string ScriptFile { get; set; }

    public required string Mode { get; set; }

    public required string StartedAt { get; set; }

    public string? FinishedAt { get; set; }

    public required string Status { get; set; }

    /// <summary>The campaign of a live run; null for a dry run.</summary>
    public long? CampaignId { get; set; }
}
