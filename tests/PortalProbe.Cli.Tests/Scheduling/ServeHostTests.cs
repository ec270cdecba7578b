using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Scheduling.Jobs;
using PortalProbe.Storage;
using PortalProbe.Storage.Leases;
using Quartz;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>The real Quartz host of <c>serve</c>, with a sweep that runs until it is told to stop.</summary>
public sealed class ServeHostTests
{
    [Test]
    [CancelAfter(60_000)]
    public async Task StopAsync_WhileTheSweepRuns_TellsTheSweepToStopAndReleasesTheLease(CancellationToken cancellationToken)
    {
        using var work = new Testing.TempDirectory();
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, work.Path, _ => null, TimeProvider.System, Interactive: false);
        await using var probe = await ProbeHost.OpenAsync(environment, work.Combine("data"), configPath: null, verbose: false, cancellationToken);
        var settings = ScheduleSettingsLoader.Load(work.Combine("absent.json"), explicitPath: false);
        var sweep = new SweepUntilStopped();
        using var host = ServeHost.Build(environment, probe, settings, s => s.AddSingleton<ISweepLauncher>(sweep));
        await host.StartAsync(cancellationToken);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);

        await scheduler.TriggerJob(NightlySweepJob.Key, new JobDataMap(), cancellationToken);
        await sweep.Started.WaitAsync(cancellationToken);
        var leaseWhileRunning = await host.Services.GetRequiredService<SqliteLeaseStore>().FindAsync(ScheduleDefaults.SweepLease, cancellationToken);
        await host.StopAsync(cancellationToken);
        var leaseAfterStop = await new SqliteLeaseStore(probe.Data.DatabasePath, new StorageOptions(), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteLeaseStore>.Instance).FindAsync(ScheduleDefaults.SweepLease, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(sweep.Stopped.IsCompleted, Is.True, "the running sweep was cancelled by the stop");
            Assert.That(leaseWhileRunning?.ReleasedAt, Is.Null, "the sweep held the lease while it ran");
            Assert.That(leaseAfterStop?.ReleasedAt, Is.Not.Null, "and released it when it stopped");
        }
    }

    private sealed class SweepUntilStopped : ISweepLauncher
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public Task Stopped => _stopped.Task;

        public Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

        public async Task<long> RunNightlySweepAsync(CancellationToken cancellationToken)
        {
            _started.TrySetResult();
            try
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, TimeProvider.System, cancellationToken);
                return 0;
            }
            finally
            {
                _stopped.TrySetResult();
            }
        }
    }
}
