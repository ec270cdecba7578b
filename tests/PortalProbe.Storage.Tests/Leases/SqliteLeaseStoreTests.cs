using PortalProbe.Storage.Leases;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Leases;

/// <summary>
/// The sweep lease between processes. Each holder has its own store (its own connections), as two PortalProbe
/// processes sharing a data directory would; the clock is moved by hand, never waited for.
/// </summary>
internal sealed class SqliteLeaseStoreTests : StorageTestBase
{
    private const string Sweep = "sweep";
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(10);
    private static readonly CancellationToken None = CancellationToken.None;

    [SetUp]
    public async Task CreateSchema() => await CreateMigrator().MigrateAsync(None);

    [Test]
    public async Task TryAcquireAsync_NeverTaken_GrantsItUntilTheDurationEnds()
    {
        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "a", Duration, None);

        var granted = AssertGranted(claim);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(granted.Lease, Is.EqualTo(new Lease(Sweep, "a", Start, Start, Start + Duration, null)));
            Assert.That(granted.TakenOverFrom, Is.Null);
            Assert.That(await OpenLeaseStore().FindAsync(Sweep, None), Is.EqualTo(granted.Lease));
        }
    }

    [Test]
    public async Task TryAcquireAsync_HeldByAnotherProcess_IsRefusedNamingTheHolder()
    {
        await OpenLeaseStore().TryAcquireAsync(Sweep, "a", Duration, None);
        Clock.Advance(Duration - TimeSpan.FromSeconds(1));

        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, None);

        Assert.That(claim, Is.TypeOf<LeaseClaim.HeldByOther>());
        Assert.That(((LeaseClaim.HeldByOther)claim).Lease.Holder, Is.EqualTo("a"));
    }

    [Test]
    public async Task TryAcquireAsync_HolderStoppedRenewing_IsTakenOverOnceExpired()
    {
        var crashed = OpenLeaseStore();
        await crashed.TryAcquireAsync(Sweep, "a", Duration, None);
        Clock.Advance(Duration);

        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, None);

        var granted = AssertGranted(claim);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(granted.Lease.Holder, Is.EqualTo("b"));
            Assert.That(granted.Lease.AcquiredAt, Is.EqualTo(Start + Duration));
            Assert.That(granted.TakenOverFrom?.Holder, Is.EqualTo("a"));
            Assert.That(await crashed.RenewAsync(Sweep, "a", Duration, None), Is.False, "the old holder learns it lost the lease");
            Assert.That(await crashed.ReleaseAsync(Sweep, "a", None), Is.False, "and cannot release the new holder's lease");
            Assert.That((await crashed.FindAsync(Sweep, None))!.Holder, Is.EqualTo("b"));
        }
    }

    [Test]
    public async Task TryAcquireAsync_HolderIsGone_IsTakenOverBeforeItExpires()
    {
        var killed = OpenLeaseStore();
        await killed.TryAcquireAsync(Sweep, "dead", Duration, None);
        Clock.Advance(TimeSpan.FromMinutes(1));
        var asked = new List<string>();

        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, lease => { asked.Add(lease.Holder); return lease.Holder == "dead"; }, None);

        var granted = AssertGranted(claim);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(asked, Is.EqualTo(new[] { "dead" }), "asked about the holder of the lease it would take");
            Assert.That(granted.Lease.Holder, Is.EqualTo("b"));
            Assert.That(granted.TakenOverFrom?.Holder, Is.EqualTo("dead"));
            Assert.That(await killed.RenewAsync(Sweep, "dead", Duration, None), Is.False);
        }
    }

    [Test]
    public async Task TryAcquireAsync_HolderIsAlive_IsRefusedUntilItExpires()
    {
        await OpenLeaseStore().TryAcquireAsync(Sweep, "alive", Duration, None);

        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, _ => false, None);

        Assert.That(claim, Is.TypeOf<LeaseClaim.HeldByOther>());
    }

    [Test]
    public async Task RenewAsync_WhileHeld_KeepsOthersOutPastTheFirstExpiry()
    {
        var holder = OpenLeaseStore();
        await holder.TryAcquireAsync(Sweep, "a", Duration, None);
        for (var i = 0; i < 5; i++)
        {
            Clock.Advance(Duration / 2);
            Assert.That(await holder.RenewAsync(Sweep, "a", Duration, None), Is.True);
        }

        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, None);

        Assert.That(claim, Is.TypeOf<LeaseClaim.HeldByOther>());
        var lease = ((LeaseClaim.HeldByOther)claim).Lease;
        Assert.That((lease.AcquiredAt, lease.ExpiresAt), Is.EqualTo((Start, Clock.GetUtcNow() + Duration)));
    }

    [Test]
    public async Task ReleaseAsync_ByTheHolder_LetsTheNextOneInAtOnceAndKeepsTheStartTime()
    {
        var holder = OpenLeaseStore();
        await holder.TryAcquireAsync(Sweep, "a", Duration, None);
        Clock.Advance(TimeSpan.FromMinutes(3));

        var released = await holder.ReleaseAsync(Sweep, "a", None);
        var afterRelease = await holder.FindAsync(Sweep, None);
        var claim = await OpenLeaseStore().TryAcquireAsync(Sweep, "b", Duration, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(released, Is.True);
            Assert.That((afterRelease!.AcquiredAt, afterRelease.ReleasedAt), Is.EqualTo((Start, (DateTimeOffset?)Start.AddMinutes(3))));
            Assert.That(AssertGranted(claim).TakenOverFrom, Is.Null, "a released lease is not a crashed holder's");
        }
    }

    [Test]
    public async Task TryAcquireAsync_HolderAsksAgain_RenewsWithoutMovingTheStart()
    {
        var holder = OpenLeaseStore();
        await holder.TryAcquireAsync(Sweep, "a", Duration, None);
        Clock.Advance(TimeSpan.FromMinutes(4));

        var granted = AssertGranted(await holder.TryAcquireAsync(Sweep, "a", Duration, None));

        Assert.That((granted.Lease.AcquiredAt, granted.Lease.ExpiresAt), Is.EqualTo((Start, Start.AddMinutes(4) + Duration)));
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task TryAcquireAsync_ManyProcessesAtOnce_GrantsExactlyOne(CancellationToken cancellationToken)
    {
        var holders = Enumerable.Range(0, 12).Select(i => (Name: $"p{i}", Store: OpenLeaseStore())).ToList();

        // Own threads, as processes: SQLite waits for its write lock by blocking the thread.
        var claims = await Task.WhenAll(holders.Select(h => Task.Factory.StartNew(
            () => h.Store.TryAcquireAsync(Sweep, h.Name, Duration, cancellationToken),
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()));

        var winners = claims.OfType<LeaseClaim.Granted>().ToList();
        Assert.That(winners, Has.Count.EqualTo(1));
        var refusals = claims.OfType<LeaseClaim.HeldByOther>().Select(c => c.Lease.Holder).ToList();
        Assert.That(refusals, Has.Count.EqualTo(holders.Count - 1));
        Assert.That(refusals, Is.All.EqualTo(winners[0].Lease.Holder));
    }

    private static LeaseClaim.Granted AssertGranted(LeaseClaim claim)
    {
        Assert.That(claim, Is.TypeOf<LeaseClaim.Granted>());
        return (LeaseClaim.Granted)claim;
    }
}
