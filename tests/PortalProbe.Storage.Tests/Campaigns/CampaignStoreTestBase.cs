using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Campaigns;

/// <summary>A migrated database with a campaign store and a result store on it (live runs come from the latter).</summary>
internal abstract class CampaignStoreTestBase : StorageTestBase
{
    protected static readonly CancellationToken None = CancellationToken.None;

    protected SqliteCampaignStore Campaigns { get; private set; } = null!;

    protected SqliteResultStore Results { get; private set; } = null!;

    [SetUp]
    public async Task OpenStores()
    {
        Campaigns = await OpenCampaignStoreAsync();
        Results = await OpenStoreAsync();
    }
}
