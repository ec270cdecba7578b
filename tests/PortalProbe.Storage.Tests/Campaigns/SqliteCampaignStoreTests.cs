using PortalProbe.Campaigns;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>Starting, finding, listing and closing campaigns.</summary>
internal sealed class SqliteCampaignStoreTests : CampaignStoreTestBase
{
    [Test]
    public async Task StartAsync_NoCampaignYet_OpensAndStoresIt()
    {
        var started = await Campaigns.StartAsync("spring-2025", Start, None);
        var open = await Campaigns.FindOpenAsync(None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(started.Name, Is.EqualTo("spring-2025"));
            Assert.That(started.StartedAt, Is.EqualTo(Start));
            Assert.That(started.IsOpen, Is.True);
            Assert.That(open, Is.EqualTo(started));
            Assert.That(
                await StoredRows.ScalarAsync(Data, "SELECT started_at FROM campaigns"),
                Is.EqualTo("2025-03-13T18:00:00.0000000+00:00"));
        }
    }

    [TestCase("")]
    [TestCase("spring 2025")]
    [TestCase("春季")]
    [TestCase("a/b")]
    public async Task StartAsync_InvalidName_ThrowsExplainingNames(string name)
    {
        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.StartAsync(name, Start, None));

        Assert.That(error!.Message, Does.Contain($"'{name}' is not a campaign name").And.Contain("64"));
        Assert.That(await Campaigns.ListAsync(None), Is.Empty);
    }

    [Test]
    public void StartAsync_NameOf65Characters_Throws()
    {
        Assert.ThrowsAsync<CampaignException>(() => Campaigns.StartAsync(new string('a', 65), Start, None));
    }

    [TestCase("spring-2025")]
    [TestCase("SPRING-2025")]
    public async Task StartAsync_NameTakenByClosedCampaign_ThrowsNamingIt(string again)
    {
        await Campaigns.StartAsync("spring-2025", Start, None);
        await Campaigns.CloseAsync("spring-2025", Start.AddDays(1), None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.StartAsync(again, Start.AddDays(2), None));

        Assert.That(error!.Message, Does.Contain("'spring-2025' already exists").And.Contain("closed"));
        Assert.That(await Campaigns.ListAsync(None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task StartAsync_AnotherCampaignOpen_ThrowsNamingTheOpenOne()
    {
        await Campaigns.StartAsync("spring-2025", Start, None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.StartAsync("summer-2025", Start.AddDays(1), None));

        Assert.That(error!.Message, Does.Contain("'spring-2025' is still open").And.Contain("'summer-2025'"));
        Assert.That((await Campaigns.FindOpenAsync(None))!.Name, Is.EqualTo("spring-2025"));
    }

    [Test]
    public async Task StartAsync_AfterTheOpenCampaignClosed_OpensTheNextOne()
    {
        await Campaigns.StartAsync("spring-2025", Start, None);
        await Campaigns.CloseAsync("spring-2025", Start.AddDays(1), None);

        var next = await Campaigns.StartAsync("summer-2025", Start.AddDays(2), None);

        Assert.That(await Campaigns.FindOpenAsync(None), Is.EqualTo(next));
    }

    [Test]
    public async Task FindOpenAsync_NoCampaignOrOnlyClosedOnes_ReturnsNull()
    {
        var beforeAny = await Campaigns.FindOpenAsync(None);
        await Campaigns.StartAsync("spring-2025", Start, None);
        await Campaigns.CloseAsync("spring-2025", Start.AddDays(1), None);

        var afterClose = await Campaigns.FindOpenAsync(None);

        Assert.That(beforeAny, Is.Null);
        Assert.That(afterClose, Is.Null);
    }

    [Test]
    public async Task ListAsync_SeveralCampaigns_ReturnsThemOldestFirst()
    {
        await Campaigns.StartAsync("first", Start, None);
        await Campaigns.CloseAsync("first", Start.AddDays(1), None);
        await Campaigns.StartAsync("second", Start.AddDays(2), None);

        var all = await Campaigns.ListAsync(None);

        Assert.That(
            all.Select(c => (c.Name, c.IsOpen, c.ClosedAt)),
            Is.EqualTo(new[] { ("first", false, (DateTimeOffset?)Start.AddDays(1)), ("second", true, null) }));
    }

    [Test]
    public async Task CloseAsync_OpenCampaign_ReturnsItClosed()
    {
        var started = await Campaigns.StartAsync("spring-2025", Start, None);

        var closed = await Campaigns.CloseAsync("Spring-2025", Start.AddDays(3), None);

        Assert.That(closed, Is.EqualTo(started with { ClosedAt = Start.AddDays(3) }));
        Assert.That((await Campaigns.ListAsync(None)).Single(), Is.EqualTo(closed));
    }

    [Test]
    public async Task CloseAsync_UnknownName_ThrowsNamingIt()
    {
        await Campaigns.StartAsync("spring-2025", Start, None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.CloseAsync("autumn-2025", Start, None));

        Assert.That(error!.Message, Does.Contain("no campaign is named 'autumn-2025'"));
    }

    [Test]
    public async Task CloseAsync_AlreadyClosed_ThrowsAndKeepsTheFirstCloseTime()
    {
        await Campaigns.StartAsync("spring-2025", Start, None);
        await Campaigns.CloseAsync("spring-2025", Start.AddDays(1), None);

        var error = Assert.ThrowsAsync<CampaignException>(() => Campaigns.CloseAsync("spring-2025", Start.AddDays(2), None));

        Assert.That(error!.Message, Does.Contain("'spring-2025' was already closed"));
        Assert.That((await Campaigns.ListAsync(None)).Single().ClosedAt, Is.EqualTo(Start.AddDays(1)));
    }

    [Test]
    public async Task CloseAsync_BeforeTheStart_ThrowsAndLeavesItOpen()
    {
        await Campaigns.StartAsync("spring-2025", Start, None);

        Assert.ThrowsAsync<ArgumentException>(() => Campaigns.CloseAsync("spring-2025", Start.AddSeconds(-1), None));

        Assert.That(await Campaigns.FindOpenAsync(None), Is.Not.Null);
    }
}
