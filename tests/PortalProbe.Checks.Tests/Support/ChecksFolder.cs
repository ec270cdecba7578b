using PortalProbe.Diagnostics;

namespace PortalProbe.Checks.Tests.Support;

/// <summary>A throw-away checks folder in the temp directory, deleted on dispose.</summary>
internal sealed class ChecksFolder : IDisposable
{
    public ChecksFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "portalprobe-checks-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "cities"));
        Directory.CreateDirectory(Path.Combine(Root, "templates"));
    }

    public string Root { get; }

    /// <summary>Writes a file at a path relative to the root and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Diagnostics as a user reads them, with paths relative to the root and '/' separators.</summary>
    public IReadOnlyList<string> Format(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.Select(d => d.ToString().Replace(Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace('\\', '/'))];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
