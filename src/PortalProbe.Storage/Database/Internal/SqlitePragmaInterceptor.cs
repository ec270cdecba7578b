using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PortalProbe.Storage.Database.Internal;

/// <summary>Applies <see cref="SqlitePragmas"/> to every connection EF Core opens.</summary>
internal sealed class SqlitePragmaInterceptor(TimeSpan busyTimeout) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqlitePragmas.Apply(connection, busyTimeout);

    public override Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqlitePragmas.ApplyAsync(connection, busyTimeout, cancellationToken);
}
