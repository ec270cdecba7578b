namespace PortalProbe.Checks.Loading;

/// <summary>Finds the checks folder a file belongs to, expressed the way the user named the file.</summary>
internal static class ChecksRoot
{
    /// <summary>The nearest ancestor folder named <c>templates</c>, or null.</summary>
    public static string? TemplatesFolderOf(string file)
    {
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Path.GetFileName(dir) == "templates")
            {
                return dir;
            }
        }

        return null;
    }

    /// <summary>The nearest ancestor folder that holds <c>templates/</c> or <c>cities/</c>; else the file's own folder.</summary>
    public static string Of(string file)
    {
        var own = Path.GetDirectoryName(Path.GetFullPath(file))!;
        for (var dir = own; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(Path.Combine(dir, "templates")) || Directory.Exists(Path.Combine(dir, "cities")))
            {
                return Like(file, dir);
            }
        }

        return Like(file, own);
    }

    /// <summary>A full path made relative to the current folder when <paramref name="given"/> was relative.</summary>
    public static string Like(string given, string fullPath) =>
        Path.IsPathRooted(given) ? fullPath : Path.GetRelativePath(Directory.GetCurrentDirectory(), fullPath);
}
