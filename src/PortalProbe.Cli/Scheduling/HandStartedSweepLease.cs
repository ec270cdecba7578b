using Microsoft.Extensions.Logging;
using PortalProbe.Cli.Hosting;
using PortalProbe.Storage;
using PortalProbe.Storage.Leases;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// The sweep lease for a <c>portalprobe sweep</c> started by hand: the same <c>sweep</c> lease <c>serve</c> takes,
/// for the sweep's whole run, so a hand-started sweep and the nightly one never run at once. Its duration is
/// <c>schedule.leaseMinutes</c> of the checkout's <c>serve.json</c> when that file can be read, else the default.
/// </summary>
internal static class HandStartedSweepLease
{
    public const string Reason = "started by hand";

    public static LeasedSweep Create(CliEnvironment environment, ProbeHost host)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(host);
        var duration = LeaseDuration(environment);
        var leases = new SqliteLeaseStore(
            host.Data.DatabasePath, new StorageOptions(), environment.Time, host.Loggers.CreateLogger<SqliteLeaseStore>());
        return new LeasedSweep(
            leases, launcher: null, LeaseHolders.ForThisProcess(), duration, duration / 3, environment.Time, host.Loggers.CreateLogger<LeasedSweep>());
    }

    /// <summary>What the user reads when another process holds the lease.</summary>
    public static string Refusal(Lease held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return $"another sweep is running: {held.Holder} (host:pid:id) holds the sweep lease since {held.AcquiredAt:u}, until {held.ExpiresAt:u} " +
               "unless it renews it; nothing was started. Wait for that sweep to finish (a holder that crashed on another host loses the lease when it expires; " +
               "one that was killed on this host is taken over at once)";
    }

    private static TimeSpan LeaseDuration(CliEnvironment environment)
    {
        try
        {
            return ScheduleSettingsLoader.Load(Path.Combine(environment.Home, ScheduleDefaults.SettingsFileName), explicitPath: false).LeaseDuration;
        }
        catch (ScheduleSettingsException)
        {
            // serve reports its own settings' mistakes; a sweep by hand still needs a lease.
            return TimeSpan.FromMinutes(ScheduleDefaults.LeaseMinutes);
        }
    }
}
