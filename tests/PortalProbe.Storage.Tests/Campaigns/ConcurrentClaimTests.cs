using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Campaigns;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Tests.Support;
using static PortalProbe.Storage.Tests.Support.TestCampaigns;
using static PortalProbe.Storage.Tests.Support.TestResults;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>
/// A nightly sweep and a one-city re-run may claim the same action at the same moment. Two store instances stand
/// for the two processes: each has its own connections, so only SQLite's write lock keeps them apart.
/// </summary>
internal sealed class ConcurrentClaimTests : CampaignStoreTestBase
{
    private const int ClaimsPerStore = 20;

    [Test]
    [CancelAfter(60_000)]
    public async Task ClaimAsync_TwoStoresClaimingOneActionAtOnce_GrantsItExactlyOnce(CancellationToken cancellationToken)
    {
        var (campaign, _) = await StartWithRunAsync(Campaigns, Results, "spring-2025", Beijing, Start);
        var stores = new[] { NewStore(), NewStore() };
        var claimants = new List<(SqliteCampaignStore Store, long RunId)>();
        for (var i = 0; i < ClaimsPerStore; i++)
        {
            foreach (var store in stores)
            {
                claimants.Add((store, await Results.BeginRunAsync(LiveRunOf(Beijing, Start.AddSeconds(i), campaign.Id), cancellationToken)));
            }
        }

        var key = Key(campaign.Id);

        // Each claimant has its own thread, as a process would: SQLite waits for the lock by blocking its thread,
        // and 40 blocked pool threads would starve the test's own continuations. A third writer holds the lock
        // until every claimant has started, so that the claims really overlap: a claim that read before taking
        // the write lock would read "not claimed" in many threads at once.
        using var started = new CountdownEvent(claimants.Count);
        await using var gate = await HoldWriteLockAsync(cancellationToken);
        var claiming = claimants.Select(c => Task.Factory.StartNew(
            () =>
            {
                started.Signal();
                return c.Store.ClaimAsync(key, c.RunId, Start.AddMinutes(1), cancellationToken);
            },
            cancellationToken,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()).ToList();
        started.Wait(cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        await gate.DisposeAsync();
        var claims = await Task.WhenAll(claiming);

        var winners = claimants.Zip(claims).Where(p => p.Second is LiveClaim.Granted).Select(p => p.First.RunId).ToList();
        Assert.That(winners, Has.Count.EqualTo(1), "granted claims");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(claims.OfType<LiveClaim.OutcomeUnknown>().Select(c => c.Record.RunId), Is.All.EqualTo(winners[0]));
            Assert.That(claims.OfType<LiveClaim.OutcomeUnknown>().Count(), Is.EqualTo(2 * ClaimsPerStore - 1));
            Assert.That(await StoredRows.CountAsync(Data, "live_actions"), Is.EqualTo(1));
            Assert.That(await StoredRows.ScalarAsync(Data, "SELECT run_id FROM live_actions"), Is.EqualTo(winners[0]));
        }
    }

    [Test]
    [CancelAfter(60_000)]
    public async Task StartAsync_TwoStoresStartingCampaignsAtOnce_OpensExactlyOne(CancellationToken cancellationToken)
    {
        var stores = new[] { NewStore(), NewStore() };

        var starts = stores.Select((store, i) => Task.Run(() => store.StartAsync($"campaign-{i}", Start, cancellationToken), cancellationToken)).ToList();
        var outcomes = new List<Exception?>();
        foreach (var start in starts)
        {
            try
            {
                await start;
                outcomes.Add(null);
            }
            catch (CampaignException e)
            {
                outcomes.Add(e);
            }
        }

        Assert.That(outcomes.Count(o => o is null), Is.EqualTo(1), "campaigns started");
        Assert.That(outcomes.OfType<CampaignException>().Single().Message, Does.Contain("is still open"));
        Assert.That(await StoredRows.CountAsync(Data, "campaigns"), Is.EqualTo(1));
    }

    /// <summary>An open <c>BEGIN IMMEDIATE</c> transaction on its own connection; disposing it lets the others in.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={Data.DatabasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private SqliteCampaignStore NewStore() => new(Data, Clock, NullLogger<SqliteCampaignStore>.Instance);
}
