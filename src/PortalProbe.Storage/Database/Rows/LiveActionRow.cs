namespace PortalProbe.Storage.Database.Rows;

/// <summary>
/// A row of <c>live_actions</c>. <see cref="State"/> is one of <see cref="LiveActionStates"/>;
/// <see cref="ResolvedReason"/> is set only when an evaluator decided the outcome of an action left started.
/// </summary>
internal sealed class LiveActionRow
{
    public long Id { get; set; }

    public long CampaignId { get; set; }

    public required string CityCode { get; set; }

    public required string Channel { get; set; }

    public required string Action { get; set; }

    public long RunId { get; set; }

    public required string State { get; set; }

    public required string StartedAt { get; set; }

    public string? FinishedAt { get; set; }

    public string? Outcome { get; set; }

    public string? ResolvedReason { get; set; }
}
