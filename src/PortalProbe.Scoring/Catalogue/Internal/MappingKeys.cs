using PortalProbe.Diagnostics;
using PortalProbe.Yaml;

namespace PortalProbe.Scoring.Catalogue.Internal;

/// <summary>Checks a mapping's keys against the allowed ones, reporting duplicates and unknown keys.</summary>
internal static class MappingKeys
{
    /// <summary>The first entry of each allowed key, by key.</summary>
    public static Dictionary<string, YamlEntry> Check(YamlMapping mapping, string where, IReadOnlyList<string> allowed, DiagnosticBag diagnostics)
    {
        var found = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!allowed.Contains(key))
            {
                diagnostics.Error(entry.Key.Location, $"unknown key '{key}' in {where}; expected {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
            }
            else if (!found.TryAdd(key, entry))
            {
                diagnostics.Error(entry.Key.Location, $"'{key}' is given twice in {where} (first at line {found[key].Key.Location.Line})");
            }
        }

        return found;
    }
}
