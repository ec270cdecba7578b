using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PortalProbe.Storage.Database.Internal;
using PortalProbe.Storage.Tests.Support;

namespace PortalProbe.Storage.Tests.Results;

internal sealed class ConnectionSettingsTests : StorageTestBase
{
    [Test]
    public async Task CreateContext_OpenedConnection_HasWalBusyTimeoutAndForeignKeys()
    {
        await OpenStoreAsync();
        var database = new SqliteDatabase(Data.DatabasePath, new StorageOptions { BusyTimeout = TimeSpan.FromSeconds(3) });
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await PragmaAsync(db, "journal_mode"), Is.EqualTo("wal"));
            Assert.That(await PragmaAsync(db, "busy_timeout"), Is.EqualTo("3000"));
            Assert.That(await PragmaAsync(db, "foreign_keys"), Is.EqualTo("1"));
        }
    }

    [Test]
    public void StorageOptions_Default_WaitsTenSeconds()
    {
        Assert.That(new StorageOptions().BusyTimeout, Is.EqualTo(TimeSpan.FromSeconds(10)));
    }

    [Test]
    public void StorageOptions_ZeroBusyTimeout_IsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StorageOptions { BusyTimeout = TimeSpan.Zero }.Validate());
    }

    private static async Task<string> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture)!;
    }
}
