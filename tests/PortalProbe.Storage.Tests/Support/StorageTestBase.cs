using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Storage.Campaigns;
using PortalProbe.Storage.Evidence;
using PortalProbe.Storage.Leases;
using PortalProbe.Storage.Results;
using PortalProbe.Storage.Schema;
using PortalProbe.Storage.Sweeps;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>Each test gets its own data directory with a real SQLite file, deleted afterwards.</summary>
internal abstract class StorageTestBase
{
    protected static readonly DateTimeOffset Start = new(2025, 3, 14, 2, 0, 0, TimeSpan.FromHours(8));

    private TestDirectory? _directory;

    protected TestDirectory Directory => _directory ?? throw new InvalidOperationException("no test is running");

    protected DataDirectory Data { get; private set; } = null!;

    protected ManualTimeProvider Clock { get; private set; } = null!;

    [SetUp]
    public void CreateDataDirectory()
    {
        _directory = new TestDirectory();
        Data = DataDirectory.Resolve(_directory.Combine("data"), _ => null, _directory.Path);
        Clock = new ManualTimeProvider(Start);
    }

    [TearDown]
    public void DeleteDataDirectory()
    {
        _directory?.Dispose();
        _directory = null;
    }

    protected Task<SqliteResultStore> OpenStoreAsync(StorageOptions? options = null) =>
        SqliteResultStore.OpenAsync(Data, options ?? new StorageOptions(), Clock, NullLoggerFactory.Instance, CancellationToken.None);

    protected Task<SqliteCampaignStore> OpenCampaignStoreAsync() =>
        SqliteCampaignStore.OpenAsync(Data, new StorageOptions(), Clock, NullLoggerFactory.Instance, CancellationToken.None);

    protected Task<SqliteSweepStore> OpenSweepStoreAsync() =>
        SqliteSweepStore.OpenAsync(Data, new StorageOptions(), Clock, NullLoggerFactory.Instance, CancellationToken.None);

    protected SchemaMigrator CreateMigrator() =>
        new(Data.DatabasePath, new StorageOptions(), Clock, NullLogger<SchemaMigrator>.Instance);

    protected ContentAddressedEvidenceStore CreateEvidenceStore() => new(Data, Clock);

    /// <summary>A lease store on the test's database: each call is another store, as another process would have.</summary>
    protected SqliteLeaseStore OpenLeaseStore() =>
        new(Data.DatabasePath, new StorageOptions(), Clock, NullLogger<SqliteLeaseStore>.Instance);

    protected EvidencePruner CreatePruner() => new(Data, new StorageOptions(), Clock, NullLogger<EvidencePruner>.Instance);
}
