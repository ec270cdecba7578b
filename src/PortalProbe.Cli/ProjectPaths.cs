namespace PortalProbe.Cli;

/// <summary>Where the CLI finds its inputs when the command line does not say.</summary>
internal static class ProjectPaths
{
    /// <summary><paramref name="explicitPath"/>, else <c>./checks</c> if present, else the checkout's <c>checks</c>.</summary>
    /// <remarks>
    /// A folder under the working directory is returned relative to it, so messages name files as the user sees
    /// them. Files are read relative to the process's directory, so that is done only when the two agree
    /// (in-process tests give the CLI a working directory of their own).
    /// </remarks>
    public static string ChecksFolder(CliEnvironment environment, string? explicitPath)
    {
        var local = Path.Combine(environment.WorkingDirectory, "checks");
        var folder = !string.IsNullOrWhiteSpace(explicitPath) ? Path.GetFullPath(explicitPath, environment.WorkingDirectory)
            : Directory.Exists(local) ? local
            : Path.Combine(environment.Home, "checks");
        if (Path.GetFullPath(environment.WorkingDirectory) != Directory.GetCurrentDirectory())
        {
            return folder;
        }

        var relative = Path.GetRelativePath(environment.WorkingDirectory, folder);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? folder : relative;
    }

    public static string ConfigFile(CliEnvironment environment, string? explicitPath)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath, environment.WorkingDirectory);
        }

        var local = Path.Combine(environment.WorkingDirectory, Browser.Configuration.BrowserConfigLoader.FileName);
        return File.Exists(local) ? local : Path.Combine(environment.Home, Browser.Configuration.BrowserConfigLoader.FileName);
    }

    public static string FixturesFolder(CliEnvironment environment) => Path.Combine(environment.Home, "fixtures");
}
