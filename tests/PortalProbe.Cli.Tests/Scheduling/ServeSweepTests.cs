using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Scheduling.Jobs;
using PortalProbe.Cli.Sweeps;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Cli.Tests.Sweeps;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Leases;
using PortalProbe.Sweeps;
using PortalProbe.Testing;
using Quartz;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>
/// <c>serve</c>'s nightly job with the real sweep behind it: Quartz's host built on a fake clock, the job fired as the
/// cron trigger would fire it, three simulated cities swept in real Chromium and recorded. The nightly job resumes a
/// sweep cut short, the next night's job records a new one, and the missed-night check reads the sweeps table.
/// </summary>
[NonParallelizable]
public sealed class ServeSweepTests
{
    /// <summary>01:00 in Beijing on 22 November 2026, when the default schedule fires.</summary>
    private static readonly DateTimeOffset Night = new(2026, 11, 21, 17, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A minute after <see cref="Night"/>: the test starts there, because Quartz fires a cron trigger at once when the
    /// scheduler starts exactly on a fire time, and that sweep would race the ones the test fires by hand.
    /// </summary>
    private static readonly DateTimeOffset Start = Night.AddMinutes(1);

    private static readonly PortalPersonality[] Portals =
    [
        new("330100", "杭州市", "127.73.0.1", "HZ"),
        new("330200", "宁波市", "127.73.0.2", "NB"),
        new("330300", "温州市", "127.73.0.3", "WZ") { Broken = PortalFaults.Home },
    ];

    [SetUp]
    public void RequireBrowser() => BrowserRequirement.Ensure();

    [Test]
    [CancelAfter(300_000)]
    public async Task NightlyJob_UnfinishedSweepThenNextNight_ResumesItThenRecordsANewSweepAndTheMissedNightCheckReadsTheSweeps(CancellationToken cancellationToken)
    {
        using var work = new TempDirectory();
        await using var portals = await SimulatorHost.StartAsync(new SimulatorOptions { Portals = Portals }, cancellationToken);
        var checks = SweepChecks.Write(work, Portals);
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        var port = portals.Port.ToString(CultureInfo.InvariantCulture);
        var settingsFile = work.Write("serve.json", $$"""{ "sweep": { "checks": "{{checks}}", "vars": { "port": "{{port}}" }, "cities": "all", "parallel": 2 } }""");
        var settings = ScheduleSettingsLoader.Load(settingsFile, explicitPath: true);
        var clock = new FakeTime(Start);
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, work.Path, Lookup, clock, Interactive: false);
        await using var probe = await ProbeHost.OpenAsync(environment, work.Combine("data"), config, verbose: false, cancellationToken);

        // Last night's sweep was killed while its first city ran: recorded, one city running, none done.
        var killed = await SweepPlanner.PlanAsync(environment, probe, settings.NightlySweep.ToArguments(), cancellationToken);
        Assert.That(killed.Problems, Is.Empty);
        await killed.Store.MarkRunningAsync(killed.Sweep!.Id, "330100", Start, cancellationToken);
        var observed = new ObservedLauncher();
        using var host = ServeHost.Build(environment, probe, settings, s => s.AddSingleton<ISweepLauncher>(sp => observed.Wrap(sp.GetRequiredService<NightlySweepLauncher>())));
        await host.StartAsync(cancellationToken);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);
        var launcher = host.Services.GetRequiredService<ISweepLauncher>();

        var lastBefore = await launcher.LastSweepStartAsync(cancellationToken);
        clock.Advance(TimeSpan.FromHours(8));
        var missedBefore = MissedNight.Decide(settings.Sweep, lastBefore, clock.GetUtcNow());
        await scheduler.TriggerJob(NightlySweepJob.Key, cancellationToken);
        var resumedId = await observed.NextAsync(cancellationToken);
        var resumed = await SweepChecks.ReadAsync(work.Combine("data"), killed.Sweep.Id);

        // Had serve been down through the next 01:00, the sweeps table would say that night was missed.
        var missedNextNight = MissedNight.Decide(settings.Sweep, await launcher.LastSweepStartAsync(cancellationToken), Night.AddDays(1).AddHours(8));

        // The next night's job (fired by hand 29 minutes early, so that the cron trigger on the fake clock never
        // fires on its own during the test): the sweep is finished, so a new one is recorded.
        clock.Advance(TimeSpan.FromHours(15.5));
        await scheduler.TriggerJob(NightlySweepJob.Key, cancellationToken);
        var nextId = await observed.NextAsync(cancellationToken);
        var next = await SweepChecks.ReadAsync(work.Combine("data"), nextId);
        var lastAfter = await launcher.LastSweepStartAsync(cancellationToken);
        await host.StopAsync(cancellationToken);
        var lease = await host.Services.GetRequiredService<SqliteLeaseStore>().FindAsync(ScheduleDefaults.SweepLease, cancellationToken);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lastBefore, Is.EqualTo(Start), "the last sweep's start comes from the sweeps table (no lease was ever taken)");
            Assert.That(missedBefore.RunNow, Is.False, "the morning after the sweep started, nothing was missed: " + missedBefore.Reason);
            Assert.That(resumedId, Is.EqualTo(killed.Sweep.Id), "the unfinished sweep was resumed, not a new one started");
            Assert.That(resumed.Sweep.IsFinished, Is.True);
            Assert.That(resumed.Cities.Select(c => c.State), Is.All.EqualTo(SweepCityState.Done));
            Assert.That(resumed.Runs.Select(r => r.City.Code), Is.EquivalentTo(Portals.Select(p => p.CityCode)));
            Assert.That(resumed.Runs.Select(r => r.Complete), Is.All.True);
            Assert.That(missedNextNight.RunNow, Is.True, missedNextNight.Reason);
            Assert.That(nextId, Is.EqualTo(killed.Sweep.Id + 1), "the next night records a sweep of its own");
            Assert.That(next.Sweep.IsFinished, Is.True);
            Assert.That(next.Runs, Has.Count.EqualTo(3));
            Assert.That(next.Runs.Single(r => r.City.Code == "330300").Scenarios.Single(s => s.Scenario == "home").Verdict.ToString(), Is.EqualTo("Fail"),
                "a real sweep: the broken home page is found");
            Assert.That(lastAfter, Is.EqualTo(clock.GetUtcNow()), "and it is now the last sweep");
            Assert.That(lease?.ReleasedAt, Is.Not.Null, "every nightly sweep ran under the lease and released it");
            Assert.That(observed.Unobserved, Is.Zero, "no sweep ran but the two the test fired");
        }
    }

    private static string? Lookup(string name) =>
        name == "PORTALPROBE_HOME" ? RepoPaths.Root
        : DemoPortalsForTests.TestAccount.FirstOrDefault(a => a.Name == name).Value ?? Environment.GetEnvironmentVariable(name);

    /// <summary>The real launcher, and a way for the test to wait for each sweep the job ran (or the error it ended with).</summary>
    private sealed class ObservedLauncher
    {
        private readonly Channel<Task<long>> _runs = Channel.CreateUnbounded<Task<long>>();

        public ISweepLauncher Wrap(ISweepLauncher inner) => new Observing(inner, _runs.Writer);

        public async Task<long> NextAsync(CancellationToken cancellationToken) => await await _runs.Reader.ReadAsync(cancellationToken);

        /// <summary>Sweeps run that the test has not waited for.</summary>
        public int Unobserved => _runs.Reader.Count;

        private sealed class Observing(ISweepLauncher inner, ChannelWriter<Task<long>> runs) : ISweepLauncher
        {
            public Task<DateTimeOffset?> LastSweepStartAsync(CancellationToken cancellationToken) => inner.LastSweepStartAsync(cancellationToken);

            public async Task<long> RunNightlySweepAsync(CancellationToken cancellationToken)
            {
                var run = inner.RunNightlySweepAsync(cancellationToken);
                runs.TryWrite(run);
                return await run;
            }
        }
    }
}
