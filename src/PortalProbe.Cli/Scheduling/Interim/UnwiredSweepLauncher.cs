using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling.Interim;

/// <summary>
/// Stands in for the sweep until it is wired to <c>serve</c> (replace the one registration in
/// <see cref="ServeHost"/>). It knows when the last sweep started from the sweep lease, which every sweep that
/// <c>serve</c> runs takes; running a sweep fails with a message that says what is missing, and the scheduler goes on.
/// </summary>
internal sealed class UnwiredSweepLauncher(SqliteLeaseStore leases) : ISweepLauncher
{
    public async Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken) =>
        (await leases.FindAsync(ScheduleDefaults.SweepLease, cancellationToken))?.AcquiredAt;

    public Task<long> RunNightlySweepAsync(CancellationToken cancellationToken) =>
        throw new InvalidOperationException(
            "this PortalProbe has no sweep wired to 'serve' yet: the schedule, the lease and retention work, the sweep itself does not run");
}
