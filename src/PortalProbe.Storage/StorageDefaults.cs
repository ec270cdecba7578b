namespace PortalProbe.Storage;

/// <summary>The storage defaults and fixed names, in one place.</summary>
public static class StorageDefaults
{
    public const string DataEnvironmentVariable = "PORTALPROBE_DATA";

    public const string DefaultDataFolder = "data";

    public const string DatabaseFileName = "portalprobe.db";

    public const string EvidenceFolder = "evidence";

    public const string LogsFolder = "logs";

    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(10);
}
