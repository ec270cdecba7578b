using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Analysis.Calendar;
using PortalProbe.Cli.Tests.Support;
using PortalProbe.Facts;
using PortalProbe.Population.Generation;
using PortalProbe.Population.Showcase;
using PortalProbe.Population.Truth;
using PortalProbe.Population.Writing;
using PortalProbe.Results;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Storage;
using PortalProbe.Storage.Results;
using PortalProbe.Testing;

namespace PortalProbe.Cli.Tests.GroundTruth;

/// <summary>
/// Reply timeliness the way an evaluator measures it: a live campaign files an appeal with a generated city, the
/// nightly dry runs look the ticket up while the clock (shared by the simulator and the CLI) moves on, and the
/// reply's working-day count and "within 5 working days" agree with the city's ground truth.
/// </summary>
[NonParallelizable]
public sealed class ReplyTimelinessTests
{
    // Monday 2 March 2026, 10:00 in Beijing; the calendar covers 2026.
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8));

    [Test]
    public async Task NightlyLookups_AfterALiveSubmission_ReplyTimingMatchesGroundTruth()
    {
        BrowserRequirement.Ensure();
        using var work = new TempDirectory();
        var populationFolder = work.Combine("population");
        var population = ShowcaseSelector.Select(
            PopulationGenerator.Generate(349, PopulationGenerator.DefaultSeed, PopulationGenerator.DefaultAsOf), 12);
        PopulationWriter.Write(population, populationFolder);
        var set = PersonalityFile.LoadFolder(populationFolder);
        var (truth, portal) = population.Truth.Zip(set.Portals)
            .Where(p => p.First.Submission == TruthValue.Works && p.First.ProgressLookup == TruthValue.Works)
            .OrderBy(p => p.First.ReplyWithin5WorkingDays) // a late replier first, if the showcase has one
            .First();
        var clock = SimulatorClock.StartingAt(Start);
        await using var host = await SimulatorHost.StartAsync(set.ToOptions(0, clock), CancellationToken.None);
        var cli = new CliTester(work.Path) { Time = clock }.WithTestAccount().With("PORTALPROBE_TEST_EMAIL", "probe@example.invalid");
        var data = work.Combine("data");
        var config = FastBrowserConfig.Write(work.Path, stepMs: 5000, navigationMs: 10000);
        string[] Run(params string[] more) =>
            ["run", "--checks", populationFolder, "--city", truth.Code, "--var", "port=" + host.Port.ToString(CultureInfo.InvariantCulture), "--data", data, "--config", config, .. more];

        Assert.That((await cli.RunAsync("campaign", "start", "timeliness", "--data", data)).ExitCode, Is.Zero);
        var filed = await cli.RunAsync(Run("--live", "--scenario", "submit"));
        Assert.That(filed.ExitCode, Is.Zero, filed.ToString());

        // The evening before the reply is due, then the evening it is: a nightly run sees it on the day it comes.
        var calendar = WorkdayCalendar.Load(Path.Combine(RepoPaths.Checks, "calendar", "cn-workdays.yaml")).Calendar!;
        var due = WorkingDay(calendar, Start, portal.ReplyWorkingDays);
        clock.Advance(due.AddDays(-1) - Start);
        var before = await LookUpAsync(cli, Run("--scenario", "progress"), data, truth.Code);
        clock.Advance(TimeSpan.FromDays(1));
        var after = await LookUpAsync(cli, Run("--scenario", "progress"), data, truth.Code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Fact(before, FactRegistry.ProgressReplied), Is.EqualTo("false"), before.Reason);
            Assert.That(Fact(after, FactRegistry.ProgressReplied), Is.EqualTo("true"), after.Reason);
            Assert.That(Fact(after, FactRegistry.ProgressStatus), Is.EqualTo("closed"));
            Assert.That(Fact(after, FactRegistry.ProgressWorkingDaysToReply), Is.EqualTo(portal.ReplyWorkingDays.ToString(CultureInfo.InvariantCulture)));
            Assert.That(Fact(after, FactRegistry.ProgressRepliedWithin5), Is.EqualTo(truth.ReplyWithin5WorkingDays == true ? "true" : "false"),
                $"{truth.Code} replies after {portal.ReplyWorkingDays} working days");
        }
    }

    /// <summary>The moment <paramref name="days"/> Beijing working days after <paramref name="from"/>, same time of day.</summary>
    private static DateTimeOffset WorkingDay(WorkdayCalendar calendar, DateTimeOffset from, int days)
    {
        var at = from;
        for (var counted = 0; counted < days;)
        {
            at = at.AddDays(1);
            if (calendar.IsWorkingDay(DateOnly.FromDateTime(at.DateTime)))
            {
                counted++;
            }
        }

        return at;
    }

    private static async Task<ScenarioResult> LookUpAsync(CliTester cli, string[] args, string data, string city)
    {
        var run = await cli.RunAsync(args);
        Assert.That(run.ExitCode, Is.Not.EqualTo(2).And.Not.EqualTo(3), run.ToString());
        var directory = DataDirectory.Resolve(data, _ => null, Path.GetTempPath());
        var store = new SqliteResultStore(directory, TimeProvider.System, NullLogger<SqliteResultStore>.Instance);
        return (await store.LatestRunAsync(city, CancellationToken.None))!.Scenarios.Single(s => s.Scenario == "progress");
    }

    private static string? Fact(ScenarioResult result, FactDefinition fact) => result.Facts.SingleOrDefault(f => f.Name == fact.Name)?.Value;
}
