using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Storage;
using PortalProbe.Storage.Leases;
using PortalProbe.Storage.Schema;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>
/// Never two sweeps at once, across processes: each <see cref="LeasedSweep"/> here has its own lease store on one
/// real SQLite file, as two <c>serve</c> processes (or <c>serve</c> and a hand-started sweep) would. The clock is a
/// fake one moved by hand; renewals are triggered by the test, never waited for.
/// </summary>
public sealed class LeasedSweepTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private static readonly DateTimeOffset Night = new(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);

    private TempDirectory _work = null!;
    private FakeTime _clock = null!;
    private string _database = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _work = new TempDirectory();
        _clock = new FakeTime(Night);
        _database = _work.Combine("portalprobe.db");
        await new SchemaMigrator(_database, new StorageOptions(), _clock, NullLogger<SchemaMigrator>.Instance).MigrateAsync(CancellationToken.None);
    }

    [TearDown]
    public void DeleteDatabase()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _work.Dispose();
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_NobodyHoldsTheLease_RunsTheSweepAndReleasesTheLease(CancellationToken cancellationToken)
    {
        var launcher = new ControlledLauncher(41);
        launcher.Finish();

        var attempt = await Sweep("a", launcher).RunAsync("scheduled", cancellationToken);

        var lease = await Store().FindAsync(ScheduleDefaults.SweepLease, cancellationToken);
        Assert.That(attempt, Is.EqualTo(new SweepAttempt.Completed(41)));
        Assert.That(lease!.ReleasedAt, Is.Not.Null, "released at the end, so the next start need not wait for it to expire");
        Assert.That(lease.AcquiredAt, Is.EqualTo(Night));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_WhileAnotherProcessSweeps_DoesNotStartASecondSweep(CancellationToken cancellationToken)
    {
        var first = new ControlledLauncher(1);
        var second = new ControlledLauncher(2);
        second.Finish();
        var a = Sweep("a", first);
        var running = a.RunAsync("scheduled", cancellationToken);
        await first.Started.WaitAsync(cancellationToken);

        var attempt = await Sweep("b", second).RunAsync("catch-up", cancellationToken);

        Assert.That(attempt, Is.TypeOf<SweepAttempt.Skipped>());
        Assert.That(((SweepAttempt.Skipped)attempt).HeldBy.Holder, Is.EqualTo(a.Holder));
        Assert.That(second.Calls, Is.Zero, "the second sweep never started");
        first.Finish();
        Assert.That(await running, Is.EqualTo(new SweepAttempt.Completed(1)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_RenewedLease_KeepsOthersOutPastItsFirstExpiry(CancellationToken cancellationToken)
    {
        var first = new ControlledLauncher(1);
        var second = new ControlledLauncher(2);
        var a = Sweep("a", first);
        var running = a.RunAsync("scheduled", cancellationToken);
        await first.Started.WaitAsync(cancellationToken);

        for (var i = 0; i < 3; i++)
        {
            _clock.Advance(Lease * 2 / 3);
            Assert.That(await a.RenewNowAsync(cancellationToken), Is.True);
        }

        var attempt = await Sweep("b", second).RunAsync("scheduled", cancellationToken);

        Assert.That(attempt, Is.TypeOf<SweepAttempt.Skipped>());
        Assert.That(second.Calls, Is.Zero);
        first.Finish();
        await running;
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_HolderCrashed_IsRefusedUntilTheLeaseExpiresThenTakesOver(CancellationToken cancellationToken)
    {
        // A process took the lease and was killed: it neither renews nor releases.
        await Store().TryAcquireAsync(ScheduleDefaults.SweepLease, "killed:1:x", Lease, cancellationToken);
        var launcher = new ControlledLauncher(7);
        launcher.Finish();
        var b = Sweep("b", launcher);

        _clock.Advance(Lease - TimeSpan.FromSeconds(1));
        var early = await b.RunAsync("catch-up", cancellationToken);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var late = await b.RunAsync("catch-up", cancellationToken);

        Assert.That(early, Is.TypeOf<SweepAttempt.Skipped>());
        Assert.That(late, Is.EqualTo(new SweepAttempt.Completed(7)));
        Assert.That(launcher.Calls, Is.EqualTo(1));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_HolderProcessOnThisHostIsGone_TakesTheLeaseOverBeforeItExpires(CancellationToken cancellationToken)
    {
        // A sweep of this host was killed with kill -9 a minute ago: its lease has nine minutes to run, its process is gone.
        var dead = $"{Environment.MachineName}:{await LeaseHoldersTests.ExitedProcessIdAsync()}:dead0001";
        await Store().TryAcquireAsync(ScheduleDefaults.SweepLease, dead, Lease, cancellationToken);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var launcher = new ControlledLauncher(8);
        launcher.Finish();
        var b = new LeasedSweep(Store(), launcher, LeaseHolders.ForThisProcess(), Lease, Timeout.InfiniteTimeSpan, _clock, NullLogger<LeasedSweep>.Instance);

        var attempt = await b.RunAsync("started by hand", cancellationToken);

        Assert.That(attempt, Is.EqualTo(new SweepAttempt.Completed(8)));
        Assert.That((await Store().FindAsync(ScheduleDefaults.SweepLease, cancellationToken))!.Holder, Is.EqualTo(b.Holder));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_LeaseTakenOverWhileRunning_StopsThisSweep(CancellationToken cancellationToken)
    {
        // Process a stalls past its lease's expiry (no renewal), b takes the lease over and sweeps; when a's
        // renewal finally runs it finds the lease gone and must stop rather than sweep alongside b.
        var stalled = new ControlledLauncher(1);
        var other = new ControlledLauncher(2);
        var a = Sweep("a", stalled);
        var running = a.RunAsync("scheduled", cancellationToken);
        await stalled.Started.WaitAsync(cancellationToken);
        _clock.Advance(Lease + TimeSpan.FromSeconds(1));
        var b = Sweep("b", other);
        var taking = b.RunAsync("catch-up", cancellationToken);
        await other.Started.WaitAsync(cancellationToken);

        var renewed = await a.RenewNowAsync(cancellationToken);

        Assert.That(renewed, Is.False);
        Assert.That(await running, Is.TypeOf<SweepAttempt.LeaseLost>());
        Assert.That(stalled.SawCancellation, Is.True, "the stalled sweep was told to stop");
        Assert.That((await Store().FindAsync(ScheduleDefaults.SweepLease, cancellationToken))!.Holder, Is.EqualTo(b.Holder), "a did not release b's lease");
        other.Finish();
        Assert.That(await taking, Is.EqualTo(new SweepAttempt.Completed(2)));
    }

    [Test]
    [CancelAfter(30_000)]
    public async Task RunAsync_SweepFails_ReleasesTheLeaseAndLetsTheErrorOut(CancellationToken cancellationToken)
    {
        var failing = new ControlledLauncher(1);
        failing.Fail(new InvalidOperationException("Chromium did not start"));

        Assert.ThrowsAsync<InvalidOperationException>(() => Sweep("a", failing).RunAsync("scheduled", cancellationToken));

        var next = new ControlledLauncher(2);
        next.Finish();
        Assert.That(await Sweep("b", next).RunAsync("scheduled", cancellationToken), Is.EqualTo(new SweepAttempt.Completed(2)));
    }

    private SqliteLeaseStore Store() => new(_database, new StorageOptions(), _clock, NullLogger<SqliteLeaseStore>.Instance);

    private LeasedSweep Sweep(string name, ISweepLauncher launcher) => new(
        Store(), launcher, $"{name}:{Guid.NewGuid():N}", Lease, Timeout.InfiniteTimeSpan, _clock, NullLogger<LeasedSweep>.Instance);

    /// <summary>A sweep that runs until the test lets it finish (or fail), and says whether it was told to stop.</summary>
    private sealed class ControlledLauncher(long sweepId) : ISweepLauncher
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<long> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public Task Started => _started.Task;

        public int Calls => Volatile.Read(ref _calls);

        public bool SawCancellation { get; private set; }

        public void Finish() => _outcome.TrySetResult(sweepId);

        public void Fail(Exception error) => _outcome.TrySetException(error);

        public Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

        public async Task<long> RunNightlySweepAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            _started.TrySetResult();
            try
            {
                return await _outcome.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SawCancellation = true;
                throw;
            }
        }
    }
}
