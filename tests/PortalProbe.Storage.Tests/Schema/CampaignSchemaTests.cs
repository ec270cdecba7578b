using Microsoft.Data.Sqlite;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Schema;

/// <summary>
/// The rules of 0002 hold in the database itself, for every writer: a process that bypassed the store (or a
/// store with a bug) still cannot open a second campaign or claim an action twice.
/// </summary>
internal sealed class CampaignSchemaTests : StorageTestBase
{
    private const string At = "'2025-03-01T00:00:00.0000000+00:00'";

    [SetUp]
    public async Task CreateSchema() => await CreateMigrator().MigrateAsync(CancellationToken.None);

    [Test]
    public async Task Campaigns_SecondOpenCampaign_IsRejected()
    {
        await ExecuteAsync($"INSERT INTO campaigns (name, started_at) VALUES ('first', {At})");

        var error = Assert.ThrowsAsync<SqliteException>(
            () => ExecuteAsync($"INSERT INTO campaigns (name, started_at) VALUES ('second', {At})"));

        Assert.That(error!.Message, Does.Contain("UNIQUE constraint failed"));
    }

    [Test]
    public async Task Campaigns_ManyClosedAndOneOpen_AreAccepted()
    {
        await ExecuteAsync($"""
            INSERT INTO campaigns (name, started_at, closed_at) VALUES ('a', {At}, {At});
            INSERT INTO campaigns (name, started_at, closed_at) VALUES ('b', {At}, {At});
            INSERT INTO campaigns (name, started_at) VALUES ('c', {At});
            """);

        Assert.That(await StoredRows.CountAsync(Data, "campaigns"), Is.EqualTo(3));
    }

    [Test]
    public async Task Campaigns_NameDifferingOnlyInCase_IsRejected()
    {
        await ExecuteAsync($"INSERT INTO campaigns (name, started_at, closed_at) VALUES ('Spring', {At}, {At})");

        Assert.ThrowsAsync<SqliteException>(
            () => ExecuteAsync($"INSERT INTO campaigns (name, started_at, closed_at) VALUES ('spring', {At}, {At})"));
    }

    [Test]
    public async Task LiveActions_SameKeyTwice_IsRejected()
    {
        await ExecuteAsync(CampaignWithRun + $"""
            INSERT INTO live_actions (campaign_id, city_code, channel, action, run_id, state, started_at)
                VALUES (1, '110000', 'web', 'submission', 1, 'started', {At});
            """);

        var error = Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync($"""
            INSERT INTO live_actions (campaign_id, city_code, channel, action, run_id, state, started_at)
                VALUES (1, '110000', 'web', 'submission', 1, 'started', {At});
            """));

        Assert.That(error!.Message, Does.Contain("UNIQUE constraint failed"));
    }

    [Test]
    public async Task LiveActions_FinishedWithoutFinishTime_IsRejected()
    {
        await ExecuteAsync(CampaignWithRun);

        Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync($"""
            INSERT INTO live_actions (campaign_id, city_code, channel, action, run_id, state, started_at)
                VALUES (1, '110000', 'web', 'submission', 1, 'done', {At});
            """));
    }

    [Test]
    public async Task Runs_UnknownCampaign_IsRejected()
    {
        await ExecuteAsync(CampaignWithRun);

        var error = Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync($"""
            INSERT INTO runs (city_code, script_file, mode, started_at, status, campaign_id)
                VALUES ('110000', 'x.yaml', 'live', {At}, 'running', 99);
            """));

        Assert.That(error!.Message, Does.Contain("FOREIGN KEY constraint failed"));
    }

    private const string CampaignWithRun = $"""
        INSERT INTO campaigns (id, name, started_at) VALUES (1, 'c', {At});
        INSERT INTO cities (code, name, province, tier, level, updated_at)
            VALUES ('110000', '北京', '北京', '一线', '直辖市', {At});
        INSERT INTO runs (id, city_code, script_file, mode, started_at, status, campaign_id)
            VALUES (1, '110000', 'x.yaml', 'live', {At}, 'running', 1);

        """;

    /// <summary>With foreign keys on, as every store connection has them.</summary>
    private Task ExecuteAsync(string sql) =>
        StoredRows.ExecuteAsync(Data.DatabasePath, "PRAGMA foreign_keys = ON;\n" + sql);
}
