using Microsoft.Extensions.Logging;
using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// Runs the nightly sweep under the sweep lease, so that of all PortalProbe processes sharing a data directory at
/// most one sweeps at a time: the lease is taken first (or the sweep is skipped, naming who has it), renewed while
/// the sweep runs, and released at the end, also when the sweep fails. A lease whose holder died is taken over once
/// it expires, or at once when the holder was a process of this host that no longer exists (<see cref="LeaseHolders"/>).
/// Both <c>serve</c>'s nightly sweep and a hand-started <c>portalprobe sweep</c> run through here. Quartz's
/// <c>DisallowConcurrentExecution</c> keeps one process's own triggers apart; this keeps processes apart.
/// </summary>
internal sealed class LeasedSweep
{
    private readonly SqliteLeaseStore _leases;
    private readonly ISweepLauncher? _launcher;
    private readonly Func<Lease, bool> _holderIsGone;
    private readonly TimeProvider _time;
    private readonly ILogger<LeasedSweep> _logger;
    private readonly TimeSpan _duration;
    private readonly TimeSpan _renewEvery;
    private LeaseKeeper? _keeper;

    /// <param name="launcher">The sweep <see cref="RunAsync(string, CancellationToken)"/> runs (serve's nightly sweep).</param>
    /// <param name="holderIsGone">
    /// Whether a lease's holder no longer exists, so its lease may be taken over before it expires; by default
    /// <see cref="LeaseHolders.IsGone"/> (a process of this host that is gone).
    /// </param>
    public LeasedSweep(
        SqliteLeaseStore leases, ISweepLauncher? launcher, string holder, TimeSpan duration, TimeSpan renewEvery,
        TimeProvider time, ILogger<LeasedSweep> logger, Func<Lease, bool>? holderIsGone = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(holder);
        _leases = leases;
        _launcher = launcher;
        _holderIsGone = holderIsGone ?? LeaseHolders.IsGone;
        Holder = holder;
        _duration = duration;
        _renewEvery = renewEvery;
        _time = time;
        _logger = logger;
    }

    /// <summary>Who this process is in the lease table: host, process id and a random part.</summary>
    public string Holder { get; }

    /// <summary>A holder id unique to this process: the host and process id say where to look, the random part tells restarts apart.</summary>
    public static string NewHolderId() => LeaseHolders.ForThisProcess();

    /// <summary>Runs the launcher's nightly sweep under the lease.</summary>
    /// <param name="reason">Why the sweep runs (scheduled, catch-up), for the log.</param>
    public Task<SweepAttempt> RunAsync(string reason, CancellationToken cancellationToken) =>
        RunAsync(
            reason,
            _launcher is { } launcher ? launcher.RunNightlySweepAsync : throw new InvalidOperationException("this leased sweep has no launcher: pass the sweep to run"),
            cancellationToken);

    /// <summary>
    /// Runs <paramref name="sweep"/> (which returns the sweep's id) under the lease: taken first, or nothing runs and
    /// the holder is returned; renewed while it runs; released at the end, however it ends.
    /// </summary>
    /// <param name="reason">Why the sweep runs (scheduled, catch-up, by hand), for the log.</param>
    public async Task<SweepAttempt> RunAsync(string reason, Func<CancellationToken, Task<long>> sweep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var claim = await _leases.TryAcquireAsync(ScheduleDefaults.SweepLease, Holder, _duration, _holderIsGone, cancellationToken);
        if (claim is LeaseClaim.HeldByOther other)
        {
            ScheduleLog.SweepSkipped(_logger, reason, other.Lease.Holder, other.Lease.AcquiredAt, other.Lease.ExpiresAt);
            return new SweepAttempt.Skipped(other.Lease);
        }

        if (claim is LeaseClaim.Granted { TakenOverFrom: { } dead })
        {
            ScheduleLog.TookOver(_logger, reason, dead.Holder, dead.ExpiresAt);
        }

        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keeper = new LeaseKeeper(_leases, Holder, _duration, running, _logger);
        using var renewals = new CancellationTokenSource();
        _keeper = keeper;
        var renewing = keeper.KeepRenewingAsync(_renewEvery, _time, renewals.Token);
        try
        {
            ScheduleLog.SweepStarting(_logger, reason, Holder);
            var sweepId = await sweep(running.Token);
            ScheduleLog.SweepCompleted(_logger, sweepId);
            return new SweepAttempt.Completed(sweepId);
        }
        catch (OperationCanceledException) when (keeper.Lost && !cancellationToken.IsCancellationRequested)
        {
            return new SweepAttempt.LeaseLost();
        }
        finally
        {
            _keeper = null;
            await renewals.CancelAsync();
            await renewing;

            // Released even when the caller was cancelled: the next start must not wait for the lease to expire.
            await _leases.ReleaseAsync(ScheduleDefaults.SweepLease, Holder, CancellationToken.None);
        }
    }

    /// <summary>Renews the running sweep's lease at once, as the renewal timer would; false when none runs or it was lost.</summary>
    internal Task<bool> RenewNowAsync(CancellationToken cancellationToken) =>
        _keeper is { } keeper ? keeper.RenewOnceAsync(cancellationToken) : Task.FromResult(false);
}
