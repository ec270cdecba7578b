using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Templates;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Cities;

/// <summary>A city script file from YAML tree to <see cref="CheckScript"/>, with every problem found.</summary>
internal static class CityScriptLoader
{
    public static LoadResult<CheckScript> Load(
        string file, YamlNode root, DiagnosticBag diagnostics, TemplateCatalog catalog, Func<string, string?> environment)
    {
        var context = new ParseContext(file, diagnostics, new ValueLocations());
        var parsed = new CityScriptParser(context).Parse(root);
        var script = parsed is null ? null : new CityBinder(catalog, context, environment).Bind(parsed);
        return new LoadResult<CheckScript>(diagnostics.HasErrors ? null : script, Sorted(file, diagnostics.Items));
    }

    /// <summary>A file's diagnostics in reading order; those placed in the templates it uses come after its own.</summary>
    public static IReadOnlyList<Diagnostic> Sorted(string file, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Location.File != file)
            .ThenBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ToList();
}
