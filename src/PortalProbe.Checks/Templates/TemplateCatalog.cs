using PortalProbe.Checks.Loading;
using PortalProbe.Checks.Parsing;
using PortalProbe.Diagnostics;

namespace PortalProbe.Checks.Templates;

/// <summary>The templates of one checks folder, by name (their path under <c>templates/</c> without extension).</summary>
internal sealed class TemplateCatalog
{
    private readonly Dictionary<string, TemplateFile> _files;
    private readonly Dictionary<string, bool> _usable = new(StringComparer.Ordinal);

    private TemplateCatalog(Dictionary<string, TemplateFile> files) => _files = files;

    public static TemplateCatalog Empty { get; } = new(new Dictionary<string, TemplateFile>(StringComparer.Ordinal));

    public IEnumerable<string> Names => _files.Keys;

    public IEnumerable<TemplateFile> Files => _files.Values;

    /// <summary>Parses every template under <c>root/templates</c>, then checks their uses of each other.</summary>
    public static TemplateCatalog Load(string checksRoot)
    {
        var folder = Path.Combine(checksRoot, "templates");
        var files = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        foreach (var path in CheckFiles.Under(folder))
        {
            var name = TemplateNames.FromPath(folder, path);
            var diagnostics = new DiagnosticBag();
            var definition = Read(path, name, diagnostics);
            files[name] = new TemplateFile(name, path, definition, diagnostics);
        }

        var catalog = new TemplateCatalog(files);
        foreach (var file in files.Values.Where(f => f.Definition is not null))
        {
            new UseChecker(catalog).CheckTemplate(file.Definition!, file.Diagnostics);
        }

        return catalog;
    }

    /// <summary>Reads and parses one template file with its own diagnostics (uses of other templates unchecked).</summary>
    public static TemplateDefinition? Read(string path, string name, DiagnosticBag diagnostics)
    {
        var root = CheckFiles.ReadYaml(path, diagnostics);
        return root is null ? null : TemplateParser.Parse(name, root, new ParseContext(path, diagnostics, new ValueLocations()));
    }

    public TemplateFile? Find(string name) => _files.GetValueOrDefault(name);

    /// <summary>True when the template and every template it uses, transitively, have no errors.</summary>
    public bool IsUsable(string name)
    {
        if (_usable.TryGetValue(name, out var known))
        {
            return known;
        }

        _usable[name] = false; // a cycle reaching back here is unusable
        var file = Find(name);
        var usable = file is { Definition: not null, Diagnostics.HasErrors: false }
            && file.Definition.Steps.OfType<UseStep>().All(u => IsUsable(u.TemplateName));
        _usable[name] = usable;
        return usable;
    }
}

/// <summary>One template file with everything found in it.</summary>
internal sealed record TemplateFile(string Name, string Path, TemplateDefinition? Definition, DiagnosticBag Diagnostics);
