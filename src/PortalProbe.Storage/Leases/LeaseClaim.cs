namespace PortalProbe.Storage.Leases;

/// <summary>The answer to a request for a lease.</summary>
public abstract record LeaseClaim
{
    private LeaseClaim()
    {
    }

    /// <summary>The caller holds the lease now. <paramref name="TakenOverFrom"/> is the expired lease of a holder that never released it.</summary>
    public sealed record Granted(Lease Lease, Lease? TakenOverFrom) : LeaseClaim;

    /// <summary>Another holder has the lease and it has not expired.</summary>
    public sealed record HeldByOther(Lease Lease) : LeaseClaim;
}
