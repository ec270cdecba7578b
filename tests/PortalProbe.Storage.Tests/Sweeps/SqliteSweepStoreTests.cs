using PortalProbe.Cities;
using PortalProbe.Results;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Tests.Support;
using PortalProbe.Sweeps;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Sweeps;

internal sealed class SqliteSweepStoreTests : StorageTestBase
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task CreateAsync_NewSweep_IsStoredUnfinishedWithEveryCityPendingAndItsRequest()
    {
        var store = await OpenSweepStoreAsync();

        var created = await store.CreateAsync(Request(Beijing.Code, Hangzhou.Code), Start, None);
        var found = await store.FindAsync(created.Id, None);
        var cities = await store.CitiesAsync(created.Id, None);

        Assert.That(found, Is.Not.Null);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(found!.IsFinished, Is.False);
            Assert.That(found.StartedAt, Is.EqualTo(Start));
            Assert.That(found.Request.Cities, Is.EqualTo(new[] { Beijing.Code, Hangzhou.Code }));
            Assert.That(found.Request.Vars, Is.EquivalentTo(new Dictionary<string, string> { ["port"] = "8080" }));
            Assert.That((found.Request.ChecksFolder, found.Request.Mode, found.Request.CampaignId, found.Request.Parallel), Is.EqualTo(("/srv/checks", "dry-run", (long?)null, 4)));
            Assert.That(cities.Select(c => (c.CityCode, c.State, c.RunId)), Is.EqualTo(new[]
            {
                (Beijing.Code, SweepCityState.Pending, (long?)null),
                (Hangzhou.Code, SweepCityState.Pending, (long?)null),
            }));
        }
    }

    [Test]
    public async Task FindUnfinishedAsync_SameRequestInAnotherOrderAndParallelism_FindsItUntilFinished()
    {
        var store = await OpenSweepStoreAsync();
        var created = await store.CreateAsync(Request(Beijing.Code, Hangzhou.Code), Start, None);

        var again = await store.FindUnfinishedAsync(Request(Hangzhou.Code, Beijing.Code) with { Parallel = 9 }, None);
        var other = await store.FindUnfinishedAsync(Request(Beijing.Code), None);
        await store.FinishAsync(created.Id, Start.AddMinutes(1), None);
        var afterFinish = await store.FindUnfinishedAsync(Request(Beijing.Code, Hangzhou.Code), None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(again?.Id, Is.EqualTo(created.Id));
            Assert.That(other, Is.Null, "another set of cities is another sweep");
            Assert.That(afterFinish, Is.Null);
        }
    }

    [Test]
    public async Task LatestAsync_SeveralSweepsFinishedOrNot_IsTheMostRecentlyStarted()
    {
        var store = await OpenSweepStoreAsync();
        var none = await store.LatestAsync(None);
        var first = await store.CreateAsync(Request(Beijing.Code), Start, None);
        await store.FinishAsync(first.Id, Start.AddMinutes(1), None);
        var second = await store.CreateAsync(Request(Hangzhou.Code), Start.AddDays(1), None);

        var latest = await store.LatestAsync(None);

        Assert.That(none, Is.Null, "no sweep was ever recorded");
        Assert.That((latest?.Id, latest?.StartedAt, latest?.IsFinished), Is.EqualTo(((long?)second.Id, (DateTimeOffset?)Start.AddDays(1), (bool?)false)));
    }

    [Test]
    public async Task MarkDoneAsync_CityAlreadyDone_RefusesSoACityCountsOnce()
    {
        var (store, results) = (await OpenSweepStoreAsync(), await OpenStoreAsync());
        var sweep = await store.CreateAsync(Request(Beijing.Code), Start, None);
        var runId = await results.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.MarkRunningAsync(sweep.Id, Beijing.Code, Start, None);
        await store.MarkDoneAsync(sweep.Id, Beijing.Code, runId, Start.AddMinutes(1), None);

        Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkRunningAsync(sweep.Id, Beijing.Code, Start, None));
        Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkDoneAsync(sweep.Id, Beijing.Code, runId, Start, None));
        var city = (await store.CitiesAsync(sweep.Id, None)).Single();
        Assert.That((city.State, city.RunId), Is.EqualTo((SweepCityState.Done, (long?)runId)));
    }

    [Test]
    public async Task MarkRunningAsync_CityCutShortEarlier_StartsItAgain()
    {
        var store = await OpenSweepStoreAsync();
        var sweep = await store.CreateAsync(Request(Beijing.Code), Start, None);
        await store.MarkRunningAsync(sweep.Id, Beijing.Code, Start, None);

        await store.MarkRunningAsync(sweep.Id, Beijing.Code, Start.AddMinutes(3), None);

        Assert.That((await store.CitiesAsync(sweep.Id, None)).Single().State, Is.EqualTo(SweepCityState.Running));
    }

    [Test]
    public async Task MarkRecheckAsync_RunningCity_WaitsWithItsRunUntilDoneAndIsNeverRestarted()
    {
        var (store, results) = (await OpenSweepStoreAsync(), await OpenStoreAsync());
        var sweep = await store.CreateAsync(Request(Beijing.Code), Start, None);
        var runId = await results.BeginRunAsync(RunOf(Beijing, Start), None);
        var otherRun = await results.BeginRunAsync(RunOf(Beijing, Start), None);
        await store.MarkRunningAsync(sweep.Id, Beijing.Code, Start, None);

        await store.MarkRecheckAsync(sweep.Id, Beijing.Code, runId, None);
        var waiting = (await store.CitiesAsync(sweep.Id, None)).Single();

        Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkRunningAsync(sweep.Id, Beijing.Code, Start, None), "a city waiting for its re-checks is not run again");
        Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkRecheckAsync(sweep.Id, Beijing.Code, otherRun, None));
        Assert.ThrowsAsync<InvalidOperationException>(() => store.MarkDoneAsync(sweep.Id, Beijing.Code, otherRun, Start, None), "done only with the run of its first pass");
        await store.MarkDoneAsync(sweep.Id, Beijing.Code, runId, Start.AddMinutes(1), None);
        var done = (await store.CitiesAsync(sweep.Id, None)).Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((waiting.State, waiting.RunId), Is.EqualTo((SweepCityState.Recheck, (long?)runId)));
            Assert.That((done.State, done.RunId), Is.EqualTo((SweepCityState.Done, (long?)runId)));
        }
    }

    [Test]
    public async Task FinishAsync_CityWaitingForItsRechecks_RefusedAndNothingStored()
    {
        var (store, results) = (await OpenSweepStoreAsync(), await OpenStoreAsync());
        await SweepAsync(store, results, Start, Scenario("home", attempts: [Pass()]));
        var sweep = await store.CreateAsync(Request(Beijing.Code), Start.AddDays(1), None);
        var runId = await results.BeginRunAsync(RunOf(Beijing, Start.AddDays(1)), None);
        await results.SaveScenarioAsync(runId, Scenario("home", attempts: [Fail()]), None);
        await store.MarkRunningAsync(sweep.Id, Beijing.Code, Start.AddDays(1), None);
        await store.MarkRecheckAsync(sweep.Id, Beijing.Code, runId, None);

        Assert.ThrowsAsync<InvalidOperationException>(() => store.FinishAsync(sweep.Id, Start.AddDays(1).AddHours(1), None), "its regressions are not known yet");

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await store.FindAsync(sweep.Id, None))!.IsFinished, Is.False);
            Assert.That(await store.RegressionsAsync(sweep.Id, None), Is.Empty);
        }
    }

    [Test]
    public async Task FinishAsync_FunctionPassedInThePreviousSweepAndFailsNow_IsStoredAsARegression()
    {
        var (store, results) = (await OpenSweepStoreAsync(), await OpenStoreAsync());
        var first = await SweepAsync(store, results, Start, Scenario("home", attempts: [Pass()]), Scenario("appeal", attempts: [Fail()]), Scenario("links", ChannelKind.Wechat, attempts: [Pass()]));
        var second = await SweepAsync(store, results, Start.AddDays(1), Scenario("home", attempts: [Fail()]), Scenario("appeal", attempts: [Fail()]), Scenario("links", ChannelKind.Wechat, attempts: [Pass()]));

        var firstRegressions = await store.FinishAsync(first.SweepId, Start.AddHours(1), None);
        var regressions = await store.FinishAsync(second.SweepId, Start.AddDays(1).AddHours(1), None);
        var stored = await store.RegressionsAsync(second.SweepId, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(firstRegressions, Is.Empty, "the first sweep has nothing to regress from");
            Assert.That(regressions, Is.EqualTo(new[]
            {
                new Regression(Beijing.Code, ChannelKind.Web, "home", first.SweepId, first.RunId, second.RunId, "step 2: 提交 button not found"),
            }));
            Assert.That(stored, Is.EqualTo(regressions));
            Assert.That((await store.FindAsync(second.SweepId, None))!.IsFinished, Is.True);
        }
    }

    [Test]
    public async Task FinishedBeforeAsync_FinishedAndUnfinishedSweeps_ListsTheFinishedEarlierOnesNewestFirst()
    {
        var store = await OpenSweepStoreAsync();
        var first = await store.CreateAsync(Request(Beijing.Code), Start, None);
        var unfinished = await store.CreateAsync(Request(Hangzhou.Code), Start.AddDays(1), None);
        var third = await store.CreateAsync(Request(Beijing.Code, Hangzhou.Code), Start.AddDays(2), None);
        var fourth = await store.CreateAsync(Request(Beijing.Code), Start.AddDays(3), None);
        await store.FinishAsync(first.Id, Start.AddHours(1), None);
        await store.FinishAsync(third.Id, Start.AddDays(2).AddHours(1), None);
        await store.FinishAsync(fourth.Id, Start.AddDays(3).AddHours(1), None);

        var beforeFourth = await store.FinishedBeforeAsync(fourth.Id, 10, None);
        var lastOne = await store.FinishedBeforeAsync(fourth.Id, 1, None);
        var beforeFirst = await store.FinishedBeforeAsync(first.Id, 10, None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(beforeFourth.Select(s => s.Id), Is.EqualTo(new[] { third.Id, first.Id }), $"sweep {unfinished.Id} never finished");
            Assert.That(beforeFourth[0].Request.Cities, Is.EqualTo(new[] { Beijing.Code, Hangzhou.Code }));
            Assert.That(beforeFourth.Select(s => s.IsFinished), Has.All.True);
            Assert.That(lastOne.Select(s => s.Id), Is.EqualTo(new[] { third.Id }));
            Assert.That(beforeFirst, Is.Empty);
        }
    }

    private static AttemptResult Pass() => Attempt(1, Verdict.Pass, Start);

    private static AttemptResult Fail() => Attempt(1, Verdict.Fail, Start);

    private static async Task<(long SweepId, long RunId)> SweepAsync(
        PortalProbe.Storage.Sweeps.SqliteSweepStore store, SqliteResultStore results, DateTimeOffset at, params ScenarioResult[] scenarios)
    {
        var sweep = await store.CreateAsync(Request(Beijing.Code), at, None);
        await store.MarkRunningAsync(sweep.Id, Beijing.Code, at, None);
        var runId = await results.BeginRunAsync(RunOf(Beijing, at), None);
        foreach (var scenario in scenarios)
        {
            await results.SaveScenarioAsync(runId, scenario, None);
        }

        await results.CompleteRunAsync(runId, at.AddMinutes(1), None);
        await store.MarkDoneAsync(sweep.Id, Beijing.Code, runId, at.AddMinutes(1), None);
        return (sweep.Id, runId);
    }

    private static SweepRequest Request(params string[] cities) => new(
        cities, "/srv/checks", new Dictionary<string, string> { ["port"] = "8080" }, "dry-run", null, 4);
}
