namespace PortalProbe.Simulator.Appeals;

/// <summary>A work order the portal issued for an appeal, as the progress page shows it.</summary>
internal sealed record Ticket(string Number, string Type, string Title, DateTimeOffset SubmittedAt, string State)
{
    /// <summary>The state of a ticket just issued.</summary>
    public const string Accepted = "已受理";
}
