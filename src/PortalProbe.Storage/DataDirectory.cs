namespace PortalProbe.Storage;

/// <summary>
/// The folder that holds the database, the evidence files and the logs. Chosen from <c>--data</c>, then the
/// <c>PORTALPROBE_DATA</c> environment variable, then <c>data/</c> under the working directory.
/// </summary>
public sealed class DataDirectory
{
    private DataDirectory(string root)
    {
        Root = root;
    }

    /// <summary>The absolute path of the data directory.</summary>
    public string Root { get; }

    public string DatabasePath => Path.Combine(Root, StorageDefaults.DatabaseFileName);

    public string EvidenceRoot => Path.Combine(Root, StorageDefaults.EvidenceFolder);

    public string LogsRoot => Path.Combine(Root, StorageDefaults.LogsFolder);

    /// <summary>
    /// Resolves, creates and checks the data directory. Relative paths are taken from
    /// <paramref name="workingDirectory"/>.
    /// </summary>
    /// <exception cref="DataDirectoryException">The directory cannot be created or written.</exception>
    public static DataDirectory Resolve(
        string? explicitPath, Func<string, string?> environment, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentException.ThrowIfNullOrWhiteSpace(workingDirectory);

        var fromEnvironment = environment(StorageDefaults.DataEnvironmentVariable);
        var (path, source) =
            !string.IsNullOrWhiteSpace(explicitPath) ? (explicitPath, "--data")
            : !string.IsNullOrWhiteSpace(fromEnvironment) ? (fromEnvironment, StorageDefaults.DataEnvironmentVariable)
            : (StorageDefaults.DefaultDataFolder, "the default");

        var root = Path.GetFullPath(path, Path.GetFullPath(workingDirectory));
        var directory = new DataDirectory(root);
        directory.Prepare(source);
        return directory;
    }

    private void Prepare(string source)
    {
        try
        {
            Directory.CreateDirectory(Root);
            Directory.CreateDirectory(EvidenceRoot);
            Directory.CreateDirectory(LogsRoot);
            var probe = Path.Combine(Root, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllBytes(probe, [1]);
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new DataDirectoryException(
                $"The data directory '{Root}' (from {source}) is not writable: {e.Message}", e);
        }
    }

    public override string ToString() => Root;
}
