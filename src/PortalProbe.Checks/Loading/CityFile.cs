using PortalProbe.Checks.Cities;
using PortalProbe.Checks.Templates;
using PortalProbe.Diagnostics;
using PortalProbe.Scripts;
using PortalProbe.Yaml;

namespace PortalProbe.Checks.Loading;

/// <summary>
/// One file under <c>cities/</c>: the code it is for (as written, or from the file name when that is not a valid code),
/// the code its file name starts with, and its result.
/// </summary>
internal sealed record CityFile(string Path, string? Code, string? FileCode, LoadResult<CheckScript> Result)
{
    public static CityFile Load(string path, TemplateCatalog catalog, Func<string, string?> environment, IReadOnlyList<CityFile> earlier)
    {
        var diagnostics = new DiagnosticBag();
        var root = CheckFiles.ReadYaml(path, diagnostics);
        var fileCode = FileNameCode(path);
        var code = CodeOf(root) ?? fileCode;
        if (root is null)
        {
            return new CityFile(path, code, fileCode, new LoadResult<CheckScript>(null, diagnostics.Items));
        }

        if (code is not null && earlier.FirstOrDefault(f => f.Code == code) is { } first)
        {
            var at = root is YamlMapping { } m && m["city"] is YamlMapping city && city["code"] is { } codeNode
                ? codeNode.Location
                : SourceLocation.StartOf(path);
            diagnostics.Error(at, $"city code {code} already has a script: {first.Path}");
        }

        return new CityFile(path, code, fileCode, CityScriptLoader.Load(path, root, diagnostics, catalog, environment));
    }

    private static string? CodeOf(YamlNode? root) =>
        root is YamlMapping m && m["city"] is YamlMapping city && city["code"] is YamlScalar { IsNull: false } code
            && PortalProbe.Cities.CityInfo.IsValidCode(code.Value)
            ? code.Value
            : null;

    private static string? FileNameCode(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        return name.Length >= 6 && name[..6].All(char.IsAsciiDigit) ? name[..6] : null;
    }
}
