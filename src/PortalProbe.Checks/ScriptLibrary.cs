using PortalProbe.Checks.Cities;
using PortalProbe.Checks.Loading;
using PortalProbe.Checks.Templates;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;

namespace PortalProbe.Checks;

/// <summary>A checks folder: city scripts under <c>cities/</c> and the templates they use under <c>templates/</c>.</summary>
public sealed class ScriptLibrary
{
    private readonly IReadOnlyList<CityFile> _files;

    private ScriptLibrary(string root, IReadOnlyList<CityFile> files, IReadOnlyList<Diagnostic> diagnostics)
    {
        Root = root;
        _files = files;
        Cities = [.. files.Where(f => f.Result.Value is not null).Select(f => f.Result.Value!)];
        Diagnostics = diagnostics;
    }

    /// <summary>The checks folder as given.</summary>
    public string Root { get; }

    /// <summary>The city scripts without errors.</summary>
    public IReadOnlyList<CheckScript> Cities { get; }

    /// <summary>Everything found in every file, templates first.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Parses every template and city script under <paramref name="checksRoot"/>; never throws on bad input.</summary>
    /// <param name="environment">Looks up environment variables, for the secrets scripts read.</param>
    public static ScriptLibrary Load(string checksRoot, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(checksRoot);
        ArgumentNullException.ThrowIfNull(environment);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(checksRoot))
        {
            diagnostics.Add(Diagnostic.Error(SourceLocation.StartOf(checksRoot), $"checks folder '{checksRoot}' does not exist"));
            return new ScriptLibrary(checksRoot, [], diagnostics);
        }

        var catalog = TemplateCatalog.Load(checksRoot);
        diagnostics.AddRange(catalog.Files.SelectMany(f => CityScriptLoader.Sorted(f.Path, f.Diagnostics.Items)));
        var files = new List<CityFile>();
        foreach (var path in CheckFiles.Under(Path.Combine(checksRoot, "cities")))
        {
            var file = CityFile.Load(path, catalog, environment, files);
            files.Add(file);
            diagnostics.AddRange(file.Result.Diagnostics);
        }

        return new ScriptLibrary(checksRoot, files, diagnostics);
    }

    /// <summary>The city's script, or why there is none: the file's own diagnostics or "no city script".</summary>
    public LoadResult<CheckScript> FindCity(string code)
    {
        var file = _files.FirstOrDefault(f => f.Code == code) ?? _files.FirstOrDefault(f => f.FileCode == code);
        if (file is not null)
        {
            return file.Result;
        }

        var folder = Path.Combine(Root, "cities");
        return new LoadResult<CheckScript>(
            null, [Diagnostic.Error(SourceLocation.StartOf(folder), $"no city script for code {code} in {folder}")]);
    }
}
