using Microsoft.EntityFrameworkCore;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Schema;

/// <summary>The EF Core model maps onto the tables the scripts create; it never creates them itself.</summary>
internal sealed class SchemaModelTests : StorageTestBase
{
    [Test]
    public async Task Model_EveryEntity_MatchesTheTableTheScriptsCreate()
    {
        await OpenStoreAsync();
        await using var db = new SqliteDatabase(Data.DatabasePath, new StorageOptions()).CreateContext();

        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var expected = entity.GetProperties()
                .Select(p => $"{p.GetColumnName()} {(p.IsNullable ? "null" : "not null")}")
                .Order(StringComparer.Ordinal);
            var actual = (await StoredRows.ColumnAsync(
                    Data.DatabasePath,
                    $"SELECT name || CASE WHEN \"notnull\" = 1 OR pk = 1 THEN ' not null' ELSE ' null' END FROM pragma_table_info('{table}')"))
                .Order(StringComparer.Ordinal);

            Assert.That(actual, Is.EqualTo(expected), $"columns of {table}");
        }
    }
}
