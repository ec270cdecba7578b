namespace PortalProbe.Campaigns;

/// <summary>Where a ticket stood when it was looked up.</summary>
public enum TicketState
{
    /// <summary>已受理: the portal took the appeal.</summary>
    Accepted,

    /// <summary>办理中: an office is working on it.</summary>
    InProgress,

    /// <summary>已办结: closed, normally with a reply; closed tickets are no longer looked up.</summary>
    Closed,

    /// <summary>The lookup did not find the ticket (未查询到相关工单) or showed no status.</summary>
    NotFound,

    /// <summary>Found, but the status text is none of 已受理, 办理中 or 已办结; kept as shown.</summary>
    Unrecognised,
}

/// <summary>The ids of <see cref="TicketState"/> as stored and shown (accepted, in-progress, closed, not-found, unrecognised).</summary>
public static class TicketStates
{
    public static string ToId(this TicketState state) => state switch
    {
        TicketState.Accepted => "accepted",
        TicketState.InProgress => "in-progress",
        TicketState.Closed => "closed",
        TicketState.NotFound => "not-found",
        TicketState.Unrecognised => "unrecognised",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static TicketState Parse(string id) => id switch
    {
        "accepted" => TicketState.Accepted,
        "in-progress" => TicketState.InProgress,
        "closed" => TicketState.Closed,
        "not-found" => TicketState.NotFound,
        "unrecognised" => TicketState.Unrecognised,
        _ => throw new FormatException($"'{id}' is not a ticket state"),
    };

    /// <summary>The state a portal's status text names: 已办结 before 办理中 before 已受理, since a text may mention several.</summary>
    public static TicketState FromStatusText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? TicketState.NotFound
        : text.Contains("已办结", StringComparison.Ordinal) || text.Contains("已答复", StringComparison.Ordinal) ? TicketState.Closed
        : text.Contains("办理中", StringComparison.Ordinal) || text.Contains("处理中", StringComparison.Ordinal) ? TicketState.InProgress
        : text.Contains("已受理", StringComparison.Ordinal) ? TicketState.Accepted
        : TicketState.Unrecognised;
}
