using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Renews the sweep lease while the sweep runs. When a renewal finds the lease gone to another process, it cancels
/// the sweep: two sweeps never run at once, even when this process stalled long enough for its lease to expire.
/// A renewal that fails for another reason (the database busy past its timeout) is logged and tried again at the
/// next tick; the lease's duration leaves room for two of those.
/// </summary>
internal sealed class LeaseKeeper(
    SqliteLeaseStore leases, string holder, TimeSpan duration, CancellationTokenSource sweep, ILogger logger)
{
    private int _lost;

    public bool Lost => Volatile.Read(ref _lost) == 1;

    /// <summary>Renews once; false, with the sweep cancelled, when the lease is no longer this holder's.</summary>
    public async Task<bool> RenewOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await leases.RenewAsync(ScheduleDefaults.SweepLease, holder, duration, cancellationToken))
            {
                return true;
            }
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            ScheduleLog.RenewalFailed(logger, holder, e.Message);
            return true;
        }

        Volatile.Write(ref _lost, 1);
        ScheduleLog.LeaseLost(logger, holder);
        await sweep.CancelAsync();
        return false;
    }

    /// <summary>Renews every <paramref name="every"/> until cancelled or the lease is lost.</summary>
    public async Task KeepRenewingAsync(TimeSpan every, TimeProvider time, CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(every, time, cancellationToken);
                if (!await RenewOnceAsync(cancellationToken))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The sweep ended; the caller releases the lease.
        }
    }
}
