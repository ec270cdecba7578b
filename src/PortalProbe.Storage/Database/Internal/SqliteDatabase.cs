using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>One database file: opens raw connections for the migrator and EF Core contexts for the store.</summary>
internal sealed class SqliteDatabase
{
    private readonly DbContextOptions<ResultsDbContext> _contextOptions;

    public SqliteDatabase(string databasePath, StorageOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        Path = System.IO.Path.GetFullPath(databasePath);
        BusyTimeout = options.BusyTimeout;
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();
        _contextOptions = new DbContextOptionsBuilder<ResultsDbContext>()
            .UseSqlite(ConnectionString)
            .AddInterceptors(new SqlitePragmaInterceptor(BusyTimeout))
            .Options;
    }

    public string Path { get; }

    public string ConnectionString { get; }

    public TimeSpan BusyTimeout { get; }

    public ResultsDbContext CreateContext() => new(_contextOptions);

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await SqlitePragmas.ApplyAsync(connection, BusyTimeout, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
