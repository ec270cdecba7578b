namespace PortalProbe.Simulator.Appeals;

/// <summary>A work order the portal issued for an appeal. The phone is kept for lookups and never shown.</summary>
internal sealed record Ticket(string Number, string Type, string Title, string Phone, DateTimeOffset SubmittedAt)
{
    /// <summary>The state of a ticket just issued.</summary>
    public const string Accepted = "已受理";

    /// <summary>The state once the first working day has passed.</summary>
    public const string InProgress = "办理中";

    /// <summary>The state once the city has replied.</summary>
    public const string Closed = "已办结";
}

/// <summary>Where a ticket stands at one moment: its state and, once closed, the reply and its date.</summary>
internal sealed record TicketStatus(string State, string? Reply, DateOnly? RepliedOn);
