using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Loading;

/// <summary>Finding and reading check files on disk.</summary>
internal static class CheckFiles
{
    /// <summary>Every *.yaml and *.yml file under a folder, recursively, in a stable order; none if it does not exist.</summary>
    public static IReadOnlyList<string> Under(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(IsCheckFile)
                .Order(StringComparer.Ordinal)
                .ToList();

    public static bool IsCheckFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file's YAML tree; null with a reported error when it cannot be read, does not parse or is empty.</summary>
    public static YamlNode? ReadYaml(string path, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(SourceLocation.StartOf(path), $"cannot read the file: {e.Message}");
            return null;
        }

        var errorsBefore = diagnostics.Items.Count;
        var root = YamlTreeReader.Read(path, text, diagnostics);
        if (root is null && diagnostics.Items.Count == errorsBefore)
        {
            diagnostics.Error(SourceLocation.StartOf(path), "the file is empty");
        }

        return root;
    }
}
