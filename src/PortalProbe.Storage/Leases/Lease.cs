namespace PortalProbe.Storage.Leases;

/// <summary>
/// The state of a named lease: who holds (or last held) it, since when, and until when it counts as held.
/// A holder that stops renewing (a crashed process) loses it at <see cref="ExpiresAt"/>.
/// </summary>
public sealed record Lease(
    string Name,
    string Holder,
    DateTimeOffset AcquiredAt,
    DateTimeOffset RenewedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? ReleasedAt)
{
    /// <summary>True when the lease is held at <paramref name="at"/>: not released and not yet expired.</summary>
    public bool IsHeldAt(DateTimeOffset at) => ReleasedAt is null && at < ExpiresAt;
}
