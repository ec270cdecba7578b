using System.Text.Json;
using PortalProbe.Scoring.Exports.Internal;

namespace PortalProbe.Scoring.Exports;

/// <summary>What verifying a manifest found: how many files were checked and every problem.</summary>
public sealed record ManifestCheck(int Files, IReadOnlyList<string> Problems)
{
    public bool Verified => Problems.Count == 0;
}

/// <summary>
/// Checks a manifest against the files: every evidence file must exist under the data directory with the
/// SHA-256 the manifest records, and the export beside the manifest must still have its recorded SHA-256.
/// </summary>
public static class ManifestVerifier
{
    private static readonly string[] Sections = ["findings", "overrides"];

    public static async Task<ManifestCheck> VerifyAsync(string manifestPath, string dataRoot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifestPath);
        JsonDocument document;
        try
        {
            await using var stream = File.OpenRead(manifestPath);
            document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return new ManifestCheck(0, [$"{manifestPath}: cannot read the manifest: {e.Message}"]);
        }

        using (document)
        {
            var root = document.RootElement;
            var problems = new List<string>();
            var checkedFiles = 0;
            if (root.TryGetProperty("export", out var export))
            {
                var file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, export.GetProperty("file").GetString()!);
                checkedFiles++;
                var actual = await FileHash.Sha256Async(file, cancellationToken);
                if (actual != export.GetProperty("sha256").GetString())
                {
                    problems.Add(actual is null ? $"{file}: the export is missing" : $"{file}: the export was changed after the manifest was written");
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in Evidence(root).Where(e => seen.Add(e.Path)))
            {
                checkedFiles++;
                var actual = await FileHash.Sha256Async(Locate(dataRoot, entry.Path), cancellationToken);
                if (actual is null)
                {
                    problems.Add($"{entry.Path}: missing");
                }
                else if (actual != entry.Sha256)
                {
                    problems.Add($"{entry.Path}: sha256 is {actual}, the manifest records {entry.Sha256}");
                }
            }

            return new ManifestCheck(checkedFiles, problems);
        }
    }

    /// <summary>An evidence path of the manifest under the data directory; a path leaving it is refused.</summary>
    internal static string Locate(string dataRoot, string relativePath)
    {
        var root = Path.GetFullPath(dataRoot);
        var full = Path.GetFullPath(Path.Combine(root, relativePath.Replace('/', Path.DirectorySeparatorChar)));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : Path.Combine(root, "<outside the data directory>");
    }

    private static IEnumerable<(string Path, string Sha256)> Evidence(JsonElement root) =>
        Sections
            .Where(k => root.TryGetProperty(k, out _))
            .SelectMany(k => root.GetProperty(k).EnumerateArray())
            .SelectMany(f => f.GetProperty("evidence").EnumerateArray())
            .Select(e => (e.GetProperty("path").GetString()!, e.GetProperty("sha256").GetString()!));
}
