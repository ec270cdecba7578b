using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling;

/// <summary>What came of one request to run the nightly sweep.</summary>
internal abstract record SweepAttempt
{
    private SweepAttempt()
    {
    }

    /// <summary>The sweep ran to its end under the lease.</summary>
    public sealed record Completed(long SweepId) : SweepAttempt;

    /// <summary>Another process holds the sweep lease: its sweep is running, so this one did not start.</summary>
    public sealed record Skipped(Lease HeldBy) : SweepAttempt;

    /// <summary>
    /// The lease went to another process while the sweep ran (renewals failed past its expiry), so the sweep was
    /// stopped rather than run alongside the other one.
    /// </summary>
    public sealed record LeaseLost : SweepAttempt;
}
