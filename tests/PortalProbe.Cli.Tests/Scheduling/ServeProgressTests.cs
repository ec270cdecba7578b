using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PortalProbe.Cli.Hosting;
using PortalProbe.Cli.Scheduling;
using PortalProbe.Cli.Scheduling.Jobs;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;
using Quartz;

namespace PortalProbe.Cli.Tests.Scheduling;

/// <summary>
/// <c>serve</c>'s daily progress job with the real progress check behind it: a live campaign files an appeal with a
/// generated city (as an evaluator would with <c>run --live</c>), and the job, fired as its cron trigger would fire
/// it, looks that open ticket up on the simulated portal and records the lookup.
/// </summary>
[NonParallelizable]
public sealed class ServeProgressTests
{
    // Monday 2 March 2026, 10:00 in Beijing; the calendar covers 2026.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Test]
    [CancelAfter(300_000)]
    public async Task ProgressJob_OpenTicketInTheOpenCampaign_LooksItUpOnItsCitysPortal(CancellationToken cancellationToken)
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        var populationFolder = work.Combine("population");
        var population = ShowcaseSelector.Select(
            PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), 12);
        PopulationWriter.Write(population, populationFolder);
        var set = PersonalityFile.LoadFolder(populationFolder);
        var truth = population.Truth.First(t => t.Submission == TruthValue.Works && t.ProgressLookup == TruthValue.Works);
        var clock = SimulatorClock.StartingAt(Start);
        await using var portals = await SimulatorHost.StartAsync(set.ToOptions(0, clock), cancellationToken);
        var port = portals.Port.ToString(CultureInfo.InvariantCulture);
        var cli = new CliTester(work.Path) { Time = clock }.WithTestAccount().With("PORTALPROBE_TEST_EMAIL", "probe@example.invalid");
        var data = work.Combine("data");
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        Assert.That((await cli.RunAsync("campaign", "start", "progress-job", "--data", data)).ExitCode, Is.Zero);
        var filed = await cli.RunAsync(
            "run", "--checks", populationFolder, "--city", truth.Code, "--var", "port=" + port, "--data", data, "--config", config, "--live", "--scenario", "submit");
        Assert.That(filed.ExitCode, Is.Zero, filed.ToString());

        clock.Advance(TimeSpan.FromDays(1));
        var settingsFile = work.Write("serve.json", $$"""{ "sweep": { "checks": "{{populationFolder}}", "vars": { "port": "{{port}}" } } }""");
        var settings = ScheduleSettingsLoader.Load(settingsFile, explicitPath: true);
        var environment = new CliEnvironment(TextWriter.Null, TextWriter.Null, work.Path, Lookup, clock, Interactive: false);
        await using var probe = await ProbeHost.OpenAsync(environment, data, config, verbose: false, cancellationToken);
        var campaign = (await probe.Campaigns.FindOpenAsync(cancellationToken))!;
        var before = (await probe.Campaigns.ProgressAsync(campaign.Id, truth.Code, cancellationToken)).Single();
        var counts = Channel.CreateUnbounded<Task<int>>();
        using var host = ServeHost.Build(environment, probe, settings, s => s.AddSingleton<ITicketProgressLookups>(
            sp => new Observing(sp.GetRequiredService<CampaignTicketLookups>(), counts.Writer)));
        await host.StartAsync(cancellationToken);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken);

        await scheduler.TriggerJob(TicketProgressJob.Key, cancellationToken);
        var looked = await await counts.Reader.ReadAsync(cancellationToken);
        await host.StopAsync(cancellationToken);

        var after = (await probe.Campaigns.ProgressAsync(campaign.Id, truth.Code, cancellationToken)).Single();
        var run = (await probe.Results.LatestRunAsync(truth.Code, cancellationToken))!;
        var progress = run.Scenarios.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(looked, Is.EqualTo(1), "the one open ticket of the campaign was looked up");
            Assert.That((before.Lookups, after.Lookups), Is.EqualTo((0, 1)), "and its lookup is recorded with the ticket");
            Assert.That(after.LastState, Is.Not.Null.And.Not.EqualTo(Campaigns.TicketState.NotFound), "the simulated portal knows the ticket");
            Assert.That(progress.Kind.ToString(), Is.EqualTo("Progress"), "only the progress scenario ran");
            Assert.That(progress.Facts.Single(f => f.Name == FactRegistry.ProgressTickets.Name).Value, Is.EqualTo("1"), progress.Reason);
            Assert.That(progress.Reason, Does.Contain(after.Ticket.Ticket));
        }
    }

    private static string? Lookup(string name) =>
        name == "PORTALPROBE_HOME" ? RepoPaths.Root
        : name == "PORTALPROBE_TEST_EMAIL" ? "probe@example.invalid"
        : DemoPortalsForTests.TestAccount.FirstOrDefault(a => a.Name == name).Value ?? Environment.GetEnvironmentVariable(name);

    private sealed class Observing(ITicketProgressLookups inner, ChannelWriter<Task<int>> counts) : ITicketProgressLookups
    {
        public async Task<int> LookUpOpenTicketsAsync(CancellationToken cancellationToken)
        {
            var lookup = inner.LookUpOpenTicketsAsync(cancellationToken);
            counts.TryWrite(lookup);
            return await lookup;
        }
    }
}
