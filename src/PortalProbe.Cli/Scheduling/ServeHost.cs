using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling.Interim;
using PortalProbe.Cli.Scheduling.Jobs;
using PortalProbe.Storage;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Leases;
using Quartz;

namespace PortalProbe.Cli.Scheduling;

/// <summary>
/// The generic host of <c>portalprobe serve</c>: Quartz with the three daily jobs, their services, and the logging
/// of the command's <see cref="ProbeHost"/>. Quartz's store is in memory; what must survive a restart (the last
/// sweep, the lease) lives in the database.
/// </summary>
internal static class ServeHost
{
    public static readonly TriggerKey SweepTrigger = new("nightly-sweep");
    public static readonly TriggerKey ProgressTrigger = new("ticket-progress");
    public static readonly TriggerKey RetentionTrigger = new("evidence-retention");

    /// <summary>How long a stop waits for running jobs to unwind: below systemd's default stop timeout of 90 s.</summary>
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(75);

    /// <param name="replace">Registers other implementations of the seams (tests); null keeps the built-in ones.</param>
    public static IHost Build(ProbeHost probe, ScheduleSettings settings, TimeProvider time, Action<IServiceCollection>? replace = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "portalprobe",
            ContentRootPath = probe.Data.Root,
        });

        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(probe.Loggers);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(probe.Data);
        builder.Services.AddSingleton<ICampaignStore>(probe.Campaigns);
        builder.Services.AddSingleton(sp => new SqliteLeaseStore(
            probe.Data.DatabasePath, new StorageOptions(), time, probe.Loggers.CreateLogger<SqliteLeaseStore>()));
        builder.Services.AddSingleton(sp => new EvidencePruner(
            probe.Data, new StorageOptions(), time, probe.Loggers.CreateLogger<EvidencePruner>()));
        builder.Services.AddSingleton(sp => new LeasedSweep(
            sp.GetRequiredService<SqliteLeaseStore>(),
            sp.GetRequiredService<ISweepLauncher>(),
            LeasedSweep.NewHolderId(),
            settings.LeaseDuration,
            settings.RenewEvery,
            time,
            probe.Loggers.CreateLogger<LeasedSweep>()));

        // The two seams: the sweep and the progress check are wired here when they are built.
        builder.Services.AddSingleton<ISweepLauncher, UnwiredSweepLauncher>();
        builder.Services.AddSingleton<ITicketProgressLookups, OpenTicketListing>();
        replace?.Invoke(builder.Services);

        builder.Services.AddQuartz(q =>
        {
            q.UseTimeProvider(time);

            // On stop (Ctrl-C, SIGTERM) a running sweep is told to stop and given time to unwind: close Chromium,
            // mark its run interrupted, release the lease. A later start resumes it.
            q.ConfigureScheduler(o => o.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.ScheduleJob<NightlySweepJob>(
                t => t.WithIdentity(SweepTrigger).WithSchedule(Cron(settings.Sweep)),
                j => j.WithIdentity(NightlySweepJob.Key));
            q.ScheduleJob<TicketProgressJob>(
                t => t.WithIdentity(ProgressTrigger).WithSchedule(Cron(settings.Progress)),
                j => j.WithIdentity(TicketProgressJob.Key));
            q.ScheduleJob<EvidenceRetentionJob>(
                t => t.WithIdentity(RetentionTrigger).WithSchedule(Cron(settings.Retention)),
                j => j.WithIdentity(EvidenceRetentionJob.Key));
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        return builder.Build();
    }

    private static CronScheduleBuilder Cron(CronSchedule schedule) =>
        CronScheduleBuilder.Create(schedule.Text).InTimeZone(schedule.TimeZone);
}
