namespace PortalProbe.Storage;

/// <summary>How the SQLite database is opened. Bound from configuration by the host.</summary>
public sealed class StorageOptions
{
    /// <summary>
    /// How long a connection waits for another writer (another process or task) before SQLite gives up
    /// with "database is locked". Every write is a short transaction, so this is only ever reached by a hang.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = StorageDefaults.BusyTimeout;

    /// <summary>Throws when an option is out of range; called by the store and the migrator.</summary>
    public void Validate()
    {
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout.TotalMilliseconds > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(
                nameof(BusyTimeout), BusyTimeout, "the busy timeout must be positive and below 24 days");
        }
    }
}
