using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Tests.Scheduling;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Leases;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.Sweeps;

/// <summary>
/// A hand-started <c>portalprobe sweep</c> takes the same <c>sweep</c> lease as <c>serve</c>: refused at once while
/// another process holds it, and able to take over the lease of a holder that was killed on this host.
/// </summary>
[NonParallelizable]
public sealed class SweepLeaseTests
{
    private static readonly PortalPersonality[] Portals = [new("330100", "杭州市", "127.73.1.1", "HZ")];

    [Test]
    [CancelAfter(60_000)]
    public async Task Sweep_AnotherLiveProcessHoldsTheLease_Exits4NamingItAndRecordsNothing(CancellationToken cancellationToken)
    {
        using var work = new TempDirectory();
        var checks = SweepChecks.Write(work, Portals);
        var data = work.Combine("data");
        var holder = $"{Environment.MachineName}:{Environment.ProcessId}:serve0001"; // alive: this very process
        var leases = await Leases(data, cancellationToken);
        var held = (LeaseClaim.Granted)await leases.TryAcquireAsync(ScheduleDefaults.SweepLease, holder, TimeSpan.FromMinutes(10), cancellationToken);

        var result = await new CliTester(work.Path).WithTestAccount().RunAsync("sweep", "--all", "--checks", checks, "--var", "port=9", "--data", data);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(4), result.ToString());
            Assert.That(result.Error, Does.Contain("another sweep is running").And.Contain(holder)
                .And.Contain($"since {held.Lease.AcquiredAt:u}").And.Contain($"until {held.Lease.ExpiresAt:u}"));
            Assert.That(await SweepChecks.TryReadAsync(data, 1), Is.Null, "nothing was recorded");
            Assert.That((await leases.FindAsync(ScheduleDefaults.SweepLease, cancellationToken))!.Holder, Is.EqualTo(holder), "the lease stays with its holder");
        }
    }

    [Test]
    [CancelAfter(180_000)]
    public async Task Sweep_LeaseOfAKilledProcessOnThisHost_TakesItOverRunsAndReleasesIt(CancellationToken cancellationToken)
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        await using var portals = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = Portals }, cancellationToken);
        var checks = SweepChecks.Write(work, Portals);
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        var data = work.Combine("data");
        var dead = $"{Environment.MachineName}:{await LeaseHoldersTests.ExitedProcessIdAsync()}:killed01";
        var leases = await Leases(data, cancellationToken);
        await leases.TryAcquireAsync(ScheduleDefaults.SweepLease, dead, TimeSpan.FromMinutes(10), cancellationToken);

        var result = await new CliTester(work.Path).WithTestAccount().RunAsync(
            "sweep", "--all", "--checks", checks, "--var", "port=" + portals.Port.ToString(CultureInfo.InvariantCulture), "--data", data, "--config", config);

        var lease = await leases.FindAsync(ScheduleDefaults.SweepLease, cancellationToken);
        var (sweep, _, runs) = await SweepChecks.ReadAsync(data, 1);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
            Assert.That(sweep.IsFinished, Is.True);
            Assert.That(runs, Has.Count.EqualTo(1));
            Assert.That(lease!.Holder, Does.StartWith($"{Environment.MachineName}:{Environment.ProcessId}:"), "taken over by this sweep");
            Assert.That(lease.ReleasedAt, Is.Not.Null, "and released at its end");
        }
    }

    private static Task<SqliteLeaseStore> Leases(string data, CancellationToken cancellationToken) =>
        SqliteLeaseStore.OpenAsync(
            DataDirectory.Resolve(data, _ => null, Path.GetTempPath()), new StorageOptions(), TimeProvider.System, NullLoggerFactory.Instance, cancellationToken);
}
