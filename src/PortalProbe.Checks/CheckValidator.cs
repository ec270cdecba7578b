using PortalProbe.Checks.Cities;
using PortalProbe.Checks.Loading;
using PortalProbe.Checks.Parsing;
using PortalProbe.Checks.Templates;
using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Checks;

/// <summary>What <c>validate PATH...</c> does: checks every check file under the paths and reports every problem.</summary>
public static class CheckValidator
{
    private const string NotACheckFile = "not a PortalProbe check file (expected a top-level 'city' or 'template' key)";

    /// <summary>
    /// Checks each file (or every *.yaml/*.yml under each folder, recursively) by what it is: a template when under a
    /// <c>templates</c> folder, a city script when it has a top-level <c>city</c> key.
    /// </summary>
    /// <param name="environment">Looks up environment variables; a missing secret is a warning.</param>
    /// <param name="dataFiles">Validators for data folders of the checks tree (calendar, question banks ...).</param>
    public static IReadOnlyList<Diagnostic> ValidatePaths(
        IEnumerable<string> paths, Func<string, string?> environment, IReadOnlyList<DataFileValidator>? dataFiles = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(environment);
        var diagnostics = new List<Diagnostic>();
        var catalogs = new Dictionary<string, TemplateCatalog>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            IReadOnlyList<string> files = File.Exists(path) ? [path] : CheckFiles.Under(path);
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(path), $"no such file or directory: '{path}'"));
            }
            else if (files.Count == 0)
            {
                diagnostics.Add(Diagnostic.Warning(SourceLocation.StartOf(path), $"no check files (*.yaml, *.yml) under '{path}'"));
            }

            foreach (var file in files.Where(f => seen.Add(Path.GetFullPath(f))))
            {
                diagnostics.AddRange(DataValidatorOf(file, dataFiles) is { } data
                    ? data.Validate(file)
                    : ValidateFile(file, environment, root => Catalog(catalogs, root)));
            }
        }

        return diagnostics;
    }

    private static IReadOnlyList<Diagnostic> ValidateFile(string file, Func<string, string?> environment, Func<string, TemplateCatalog> catalogOf)
    {
        var diagnostics = new DiagnosticBag();
        if (ChecksRoot.TemplatesFolderOf(file) is { } templates)
        {
            var definition = TemplateCatalog.Read(file, TemplateNames.FromPath(templates, file), diagnostics);
            if (definition is not null)
            {
                new UseChecker(catalogOf(ChecksRoot.Like(file, Path.GetDirectoryName(templates)!))).CheckTemplate(definition, diagnostics);
            }

            return CityScriptLoader.Sorted(file, diagnostics.Items);
        }

        var root = CheckFiles.ReadYaml(file, diagnostics);
        if (root is YamlMapping mapping && mapping.Has("city"))
        {
            return CityScriptLoader.Load(file, root, diagnostics, catalogOf(ChecksRoot.Of(file)), environment).Diagnostics;
        }

        if (root is YamlMapping withTemplate && withTemplate.Has("template"))
        {
            diagnostics.Warning(SourceLocation.StartOf(file), "this template is outside a 'templates' folder, so no script can 'use' it");
            var name = Path.GetFileNameWithoutExtension(file);
            TemplateParser.Parse(name, root, new ParseContext(file, diagnostics, new ValueLocations()));
        }
        else if (root is not null)
        {
            diagnostics.Error(root.Location, NotACheckFile);
        }

        return CityScriptLoader.Sorted(file, diagnostics.Items);
    }

    /// <summary>The validator of the data file directly under its checks root, or of the data folder it sits in there.</summary>
    private static DataFileValidator? DataValidatorOf(string file, IReadOnlyList<DataFileValidator>? dataFiles)
    {
        if (dataFiles is not { Count: > 0 })
        {
            return null;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (dataFiles.FirstOrDefault(d => d.Folder == Path.GetFileName(file)) is { } single
            && (Directory.Exists(Path.Combine(folder!, "cities")) || Directory.Exists(Path.Combine(folder!, "templates"))))
        {
            return single;
        }

        while (folder is not null && Path.GetDirectoryName(folder) is { } parent)
        {
            if (dataFiles.FirstOrDefault(d => d.Folder == Path.GetFileName(folder)) is { } match
                && (Directory.Exists(Path.Combine(parent, "cities")) || Directory.Exists(Path.Combine(parent, "templates"))))
            {
                return match;
            }

            folder = parent;
        }

        return null;
    }

    private static TemplateCatalog Catalog(Dictionary<string, TemplateCatalog> catalogs, string root)
    {
        var key = Path.GetFullPath(root);
        if (!catalogs.TryGetValue(key, out var catalog))
        {
            catalog = TemplateCatalog.Load(root);
            catalogs[key] = catalog;
        }

        return catalog;
    }
}
