namespace PortalProbe.Cli.Report;

/// <summary>
/// Writes a report folder whole or not at all: everything is built in a hidden temporary folder next to the target
/// and then moved into place. A folder that already holds a PortalProbe report is replaced; any other non-empty
/// folder is left alone.
/// </summary>
internal static class ReportFolder
{
    /// <summary>The file that marks a folder as a PortalProbe report, so a later report may replace it.</summary>
    public const string Marker = ".portalprobe-report";

    /// <exception cref="ReportException">The target cannot be written; nothing was left behind.</exception>
    public static async Task WriteAsync(string target, Func<string, CancellationToken, Task> build, CancellationToken cancellationToken)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = Path.GetDirectoryName(full) ?? throw new ReportException($"cannot write a report to '{full}': choose a folder below the root", ExitCodes.Usage);
        var name = Path.GetFileName(full);
        CheckTarget(full);
        var temporary = Path.Combine(parent, $".{name}.tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(parent);
            Directory.CreateDirectory(temporary);
            await build(temporary, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(temporary, Marker), "written by portalprobe report\n", cancellationToken);
            Replace(full, temporary, Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"cannot write the report to '{full}': {e.Message}", ExitCodes.Usage, e);
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void CheckTarget(string full)
    {
        if (File.Exists(full))
        {
            throw new ReportException($"cannot write the report to '{full}': it is a file, not a folder", ExitCodes.Usage);
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, Marker)))
        {
            throw new ReportException($"'{full}' is not empty and holds no earlier PortalProbe report; choose a new or empty folder", ExitCodes.Usage);
        }
    }

    private static void Replace(string target, string built, string old)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(built, target);
            return;
        }

        Directory.Move(target, old);
        try
        {
            Directory.Move(built, target);
        }
        catch
        {
            Directory.Move(old, target);
            throw;
        }

        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover hidden folder is harmless; failing the report over it would not be.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
