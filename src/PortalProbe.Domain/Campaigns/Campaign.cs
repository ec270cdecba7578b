namespace PortalProbe.Campaigns;

/// <summary>
/// An evaluation campaign: the only time PortalProbe registers accounts, requests SMS codes and files appeals
/// for real, each at most once per city and channel. At most one campaign is open at a time.
/// </summary>
public sealed record Campaign(long Id, string Name, DateTimeOffset StartedAt, DateTimeOffset? ClosedAt)
{
    public bool IsOpen => ClosedAt is null;

    /// <summary>Campaign names are short ids: letters, digits, '-', '_' and '.', 1 to 64 characters.</summary>
    public static bool IsValidName(string? name) =>
        name is { Length: > 0 and <= 64 } && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
