using PortalProbe.Scoring.Catalogue;

namespace PortalProbe.Cli.Scores;

/// <summary>Loads the indicator catalogue: <c>--indicators FILE</c>, else <c>indicators.yaml</c> of the checks folder.</summary>
internal static class CatalogueFile
{
    public static async Task<IndicatorCatalogue?> LoadAsync(CliEnvironment environment, string? explicitPath)
    {
        var path = string.IsNullOrWhiteSpace(explicitPath)
            ? Path.Combine(ProjectPaths.ChecksFolder(environment, null), IndicatorCatalogue.FileName)
            : Path.GetFullPath(explicitPath, environment.WorkingDirectory);
        var result = IndicatorCatalogue.Load(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            await environment.Error.WriteLineAsync(diagnostic.ToString());
        }

        if (!result.Succeeded)
        {
            await environment.Error.WriteLineAsync($"portalprobe: the indicator catalogue {path} has errors; nothing was scored");
        }

        return result.Succeeded ? result.Catalogue : null;
    }
}
