using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PortalProbe.Storage.Schema.Internal;

/// <summary>The upgrade scripts embedded in this assembly, in version order, numbered 1, 2, 3 without gaps.</summary>
internal static partial class SchemaScripts
{
    private const string Prefix = "PortalProbe.Storage.Schema.Scripts.";

    private static readonly Lazy<IReadOnlyList<SchemaScript>> Loaded = new(Load);

    public static IReadOnlyList<SchemaScript> All => Loaded.Value;

    public static int LatestVersion => All[^1].Version;

    [GeneratedRegex(@"^(?<version>[0-9]{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex ScriptName();

    private static List<SchemaScript> Load()
    {
        var assembly = typeof(SchemaScripts).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => Read(assembly, n))
            .OrderBy(s => s.Version)
            .ToList();

        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"schema scripts must be numbered 1, 2, 3... without gaps; found {scripts[i]} at position {i + 1}");
            }
        }

        return scripts.Count > 0 ? scripts : throw new InvalidOperationException("no schema scripts are embedded");
    }

    private static SchemaScript Read(Assembly assembly, string resourceName)
    {
        var fileName = resourceName[Prefix.Length..];
        var match = ScriptName().Match(fileName);
        if (!match.Success)
        {
            throw new InvalidOperationException(
                $"schema script '{fileName}' must be named NNNN_lowercase_name.sql");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new SchemaScript(
            int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture),
            match.Groups["name"].Value,
            reader.ReadToEnd());
    }
}
