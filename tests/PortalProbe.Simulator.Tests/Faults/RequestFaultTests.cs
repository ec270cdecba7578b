using System.Diagnostics;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Tests.Support;

namespace PortalProbe.Simulator.Tests.Faults;

[CancelAfter(30_000)]
public sealed class RequestFaultTests
{
    [Test]
    public async Task Home_FlakyHome_Answers503OnOddAttemptsAnd200OnEven()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.FlakyHome));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.GetReplyAsync("/", TestPortals.Ct)).Status);
        }

        var other = await client.GetReplyAsync("/appeal", TestPortals.Ct);
        Assert.Multiple(() =>
        {
            Assert.That(statuses, Is.EqualTo(new[] { 503, 200, 503, 200 }));
            Assert.That(other.Status, Is.EqualTo(200));
        });
    }

    [Test]
    public async Task Home_HomeOutage_Answers503OnceThen200()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.HomeOutage));
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetReplyAsync("/", TestPortals.Ct)).Status);
        }

        Assert.That(statuses, Is.EqualTo(new[] { 503, 200, 200, 200, 200 }));
    }

    [Test]
    public async Task ResetAttempts_FlakyHome_StartsAtTheFailingAttemptAgain()
    {
        await using var host = await TestPortals.StartAsync(TestPortals.Hangzhou(PortalFaults.FlakyHome));
        using var client = host.ClientFor(TestPortals.HangzhouCode);
        await client.GetReplyAsync("/", TestPortals.Ct);

        var reset = await client.PostReplyAsync("/__test/attempts/reset", null, TestPortals.Ct);
        var again = await client.GetReplyAsync("/", TestPortals.Ct);

        Assert.Multiple(() =>
        {
            Assert.That(reset.Status, Is.EqualTo(200));
            Assert.That(again.Status, Is.EqualTo(503));
        });
    }

    [Test]
    public async Task Pages_TransientErrors_OneReadWithinTheWindowFailsAndTheEntryNever()
    {
        const int window = 5;
        var portal = TestPortals.Hangzhou() with { Faults = new FaultPlan { Seed = 11, TransientErrorWindow = window } };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var reads = new List<int>();
        for (var i = 0; i < window * 4; i++)
        {
            reads.Add((await client.GetReplyAsync("/faq", TestPortals.Ct)).Status);
        }

        var home = new List<int>();
        for (var i = 0; i < window * 2; i++)
        {
            home.Add((await client.GetReplyAsync("/", TestPortals.Ct)).Status);
        }

        Assert.Multiple(() =>
        {
            Assert.That(reads.Count(s => s is 502 or 503), Is.EqualTo(1), string.Join(",", reads));
            Assert.That(reads.Take(window).Count(s => s is 502 or 503), Is.EqualTo(1), "within the window");
            Assert.That(reads.Where(s => s is not (502 or 503)), Is.All.EqualTo(200));
            Assert.That(home, Is.All.EqualTo(200), "the entry page never answers a transient error: the 5% rule would call that downtime");
        });
    }

    [Test]
    public async Task AnyPage_Latency_DelaysByAtLeastTheFixedPart()
    {
        var portal = TestPortals.Hangzhou() with { Faults = new FaultPlan { Latency = new Latency(300, 50) } };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = host.ClientFor(TestPortals.HangzhouCode);

        var clock = Stopwatch.StartNew();
        var reply = await client.GetReplyAsync("/faq", TestPortals.Ct);
        clock.Stop();

        Assert.Multiple(() =>
        {
            Assert.That(reply.Status, Is.EqualTo(200));
            Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(290)));
        });
    }

    [Test]
    public async Task BackDoor_Latency_IsNotDelayed()
    {
        var portal = TestPortals.Hangzhou() with { Faults = new FaultPlan { Latency = new Latency(3000, 0) } };
        await using var host = await TestPortals.StartAsync(portal);
        using var client = host.ClientFor(TestPortals.HangzhouCode, TimeSpan.FromSeconds(2));

        var reply = await client.GetReplyAsync("/__test/health", TestPortals.Ct);

        Assert.That(reply.Body, Is.EqualTo("ok"));
    }

    [Test]
    public async Task IntermittentLink_TwoHostsSameSeed_FailOnTheSameAttempts()
    {
        var portal = TestPortals.Hangzhou() with
        {
            Faults = new FaultPlan { Seed = 42 },
            Links = [new PortalLink("办事指南", "/bszn/index.html", LinkBehaviour.Intermittent)],
        };

        async Task<List<int>> RunAsync()
        {
            await using var host = await TestPortals.StartAsync(portal);
            using var client = host.ClientFor(TestPortals.HangzhouCode);
            var statuses = new List<int>();
            for (var i = 0; i < 12; i++)
            {
                statuses.Add((await client.GetReplyAsync("/bszn/index.html", TestPortals.Ct)).Status);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.EqualTo(first));
            Assert.That(first, Does.Contain(503).And.Contain(200));
            Assert.That(first.Take(2), Is.EquivalentTo(new[] { 200, 503 }), "exactly one of the first two attempts fails");
        });
    }

    [Test]
    public void StartAsync_BadFaultPlan_RefusedNamingTheCity()
    {
        var portal = TestPortals.Hangzhou() with { Faults = new FaultPlan { IntermittentPercent = 0, Latency = new Latency(-1, 0) } };

        Assert.That(
            async () => await SimulatorHost.StartAsync(new SimulatorOptions { Portals = [portal] }, TestPortals.Ct),
            Throws.ArgumentException.With.Message.Contains("330100").And.Message.Contains("intermittent").And.Message.Contains("latency"));
    }
}
