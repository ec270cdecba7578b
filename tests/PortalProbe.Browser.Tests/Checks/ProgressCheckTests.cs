using PortalProbe.Analysis.Calendar;
using PortalProbe.Browser.Checks;
using PortalProbe.Browser.Configuration;
using PortalProbe.Browser.Engine;
using PortalProbe.Browser.Tests.Support;
using PortalProbe.Campaigns;
using PortalProbe.Facts;
using PortalProbe.Results;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Testing;

namespace PortalProbe.Browser.Tests.Checks;

/// <summary>
/// The progress check in real runs: a live submission files a ticket, later runs look it up while the simulator's
/// clock (shared with the probe) moves on, until the reply appears; a lookup that finds nothing fails.
/// </summary>
internal sealed class ProgressCheckTests : BrowserEngineFixture
{
    private const string Working = "127.78.6.1";
    private const string LookupBroken = "127.78.6.2";

    private const string Scenarios = """
          - name: submit
            kind: submission
            steps:
              - use: pc/appeal
                with: { phone: "${secret:PP_PHONE}" }
          - name: progress
            kind: progress
            steps:
              - use: pc/progress-page
            check:
              lookup:
                - use: pc/progress
                  with: { ticket: "${ticket}" }
              status: "#state"
              reply: "#reply"
        """;

    // Monday 2 March 2026, 10:00 in Beijing: three working days later is Thursday 5 March.
    private readonly SimulatorClock _clock = SimulatorClock.StartingAt(new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(8)));

    protected override TimeProvider SimulatorTime => _clock;

    protected override IReadOnlyList<PortalPersonality> Portals =>
    [
        new("330601", "进度甲市", Working, "JD") { ReplyWorkingDays = 3 },
        new("330602", "进度乙市", LookupBroken, "JY") { Progress = ProgressMode.Broken },
    ];

    [Test]
    public async Task LaterRuns_ClockMovesPastTheReplyDay_RepliedWithTheWorkingDayCountAndThenClosed()
    {
        var filed = await RunAsync("330601", Working, await LiveRequestAsync());
        var first = Progress(filed);
        var seen = new List<(DateOnly Day, ScenarioResult Progress)>();
        for (var day = 1; day <= 4; day++)
        {
            _clock.Advance(TimeSpan.FromDays(1));
            seen.Add((DateOnly.FromDateTime(_clock.GetLocalNow().DateTime), Progress(await RunAsync("330601", Working, Request("progress")))));
        }

        var ticket = (await Workspace.Campaigns.ProgressAsync((await Workspace.CampaignAsync()).Id, "330601", None)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(first));
            Assert.That(Fact(first, FactRegistry.ProgressTickets), Is.EqualTo("1"));
            Assert.That(Fact(first, FactRegistry.ProgressStatus), Is.EqualTo("accepted"));
            Assert.That(Fact(first, FactRegistry.ProgressReplied), Is.EqualTo("false"));
            Assert.That(seen.Select(s => Fact(s.Progress, FactRegistry.ProgressStatus)), Is.EqualTo(new[] { "in-progress", "in-progress", "closed", null }));
            Assert.That(Fact(seen[2].Progress, FactRegistry.ProgressReplied), Is.EqualTo("true"), StoredRun.Describe(seen[2].Progress));
            Assert.That(Fact(seen[2].Progress, FactRegistry.ProgressWorkingDaysToReply), Is.EqualTo("3"));
            Assert.That(Fact(seen[2].Progress, FactRegistry.ProgressRepliedWithin5), Is.EqualTo("true"));
            Assert.That(Fact(seen[3].Progress, FactRegistry.ProgressTickets), Is.EqualTo("0"), "a closed ticket is no longer looked up");
            Assert.That(seen[3].Progress.Reason, Does.Contain("no open ticket"));
            Assert.That(ticket.IsClosed, Is.True);
            Assert.That(ticket.FirstReply, Does.Contain("进度甲市相关部门"));
            Assert.That(ticket.Lookups, Is.EqualTo(4));
        }
    }

    [Test]
    public async Task LiveRun_LookupNeverFindsTheTicket_FailsNamingIt()
    {
        var run = await RunAsync("330602", LookupBroken, await LiveRequestAsync());

        var progress = Progress(run);
        var ticket = (await Workspace.Campaigns.TicketsAsync((await Workspace.CampaignAsync()).Id, "330602", None)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Verdict, Is.EqualTo(Verdict.Fail), StoredRun.Describe(progress));
            Assert.That(progress.Reason, Does.Contain($"did not find ticket {ticket.Ticket}"));
            Assert.That(Fact(progress, FactRegistry.ProgressStatus), Is.EqualTo("not-found"));
            Assert.That(Fact(progress, FactRegistry.ProgressLookupWorks), Is.EqualTo("false"));
        }
    }

    [Test]
    public async Task DryRun_NoCampaign_PassesOnTheLookupPageWithNoTicket()
    {
        var progress = Progress(await RunAsync("330601", Working, Request()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(progress.Verdict, Is.EqualTo(Verdict.Pass), StoredRun.Describe(progress));
            Assert.That(Fact(progress, FactRegistry.ProgressTickets), Is.EqualTo("0"));
            Assert.That(progress.Reason, Does.Contain("no campaign is open").And.Contain("dry run stops before filing"));
            Assert.That(Fact(progress, FactRegistry.ProgressLookupWorks), Is.Null);
        }
    }

    private async Task<CityRunResult> RunAsync(string code, string address, RunRequest request)
    {
        var script = Workspace.WriteCity(CityFile(code), FormScripts.City(code, address, Scenarios), FormScripts.Secrets);
        var calendar = WorkdayCalendar.Load(Path.Combine(RepoPaths.Checks, "calendar", "cn-workdays.yaml")).Calendar;
        var services = ScenarioServices.None with { Calendar = calendar };
        var runner = Workspace.Runner(SharedBrowserAsync, Config with { Sms = SmsSource.Simulator }, FormScripts.Secrets, _clock, services);
        return await runner.RunAsync(script, request, None);
    }

    private static ScenarioResult Progress(CityRunResult run) => run.Scenarios.Single(s => s.Scenario == "progress");

    private static string? Fact(ScenarioResult result, FactDefinition fact) => result.Facts.SingleOrDefault(f => f.Name == fact.Name)?.Value;
}
