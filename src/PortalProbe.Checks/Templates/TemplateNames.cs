namespace PortalProbe.Checks.Templates;

/// <summary>A template's name is its path under <c>templates/</c>, without extension, with '/' separators.</summary>
internal static class TemplateNames
{
    public static string FromPath(string templatesFolder, string file)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(templatesFolder), Path.GetFullPath(file));
        var withoutExtension = Path.ChangeExtension(relative, null);
        return withoutExtension.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
    }
}
