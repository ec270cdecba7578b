using Microsoft.Extensions.Logging.Abstractions;
using PortalProbe.Storage.Schema;

namespace PortalProbe.Storage.Tests.Support;

/// <summary>
/// Builds a database as an older PortalProbe left it: only the scripts up to a version are applied. With
/// <see cref="SchemaSeeds"/> this is the harness for the rule that every schema change comes with a test that
/// upgrades a database of the previous version without losing its rows.
/// </summary>
internal static class SchemaAt
{
    public static Task<int> CreateAsync(string databasePath, int version, TimeProvider timeProvider) =>
        new SchemaMigrator(databasePath, new StorageOptions(), timeProvider, NullLogger<SchemaMigrator>.Instance)
            .MigrateToAsync(version, CancellationToken.None);

    /// <summary>Every version before the latest one, including 0 (a new file), as test cases.</summary>
    public static IEnumerable<TestCaseData> EarlierVersions() =>
        Enumerable.Range(0, SchemaMigrator.LatestVersion)
            .Select(v => new TestCaseData(v).SetArgDisplayNames($"v{v}"));
}
