using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortalProbe.Campaigns;
using PortalProbe.Cli.Hosting;
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

    /// <param name="environment">The command's surroundings; its clock is the scheduler's.</param>
    /// <param name="replace">Registers other implementations of the seams (tests); null keeps the built-in ones.</param>
    public static IHost Build(CliEnvironment environment, ProbeHost probe, ScheduleSettings settings, Action<IServiceCollection>? replace = null)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var time = environment.Time;
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

        // The two seams: the sweep of serve.json's sweep section, and the progress check of the open campaign's tickets.
        builder.Services.AddSingleton(environment);
        builder.Services.AddSingleton(probe);
        builder.Services.AddSingleton<NightlySweepLauncher>();
        builder.Services.AddSingleton<ISweepLauncher>(sp => sp.GetRequiredService<NightlySweepLauncher>());
        builder.Services.AddSingleton<CampaignTicketLookups>();
        builder.Services.AddSingleton<ITicketProgressLookups>(sp => sp.GetRequiredService<CampaignTicketLookups>());
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
