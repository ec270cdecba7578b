using System.Text.Json;

namespace PortalProbe.Browser.Configuration;

/// <summary>Reads dotted paths from a JSON document, collecting every type error instead of stopping at one.</summary>
internal sealed class ConfigReader(string file, JsonElement root)
{
    private readonly List<string> _errors = [];

    public string String(string path, string fallback) =>
        Find(path) is { } e ? e.ValueKind == JsonValueKind.String ? e.GetString()! : Bad(path, "a string", fallback) : fallback;

    public bool Bool(string path, bool fallback) =>
        Find(path) is { } e ? e.ValueKind is JsonValueKind.True or JsonValueKind.False ? e.GetBoolean() : Bad(path, "true or false", fallback) : fallback;

    public int Int(string path, int fallback, int min = 0) =>
        Find(path) is { } e ? e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var v) && v >= min ? v : Bad(path, $"a whole number >= {min}", fallback) : fallback;

    public double Double(string path, double fallback, double min) =>
        Find(path) is { } e ? e.ValueKind == JsonValueKind.Number && e.GetDouble() >= min ? e.GetDouble() : Bad(path, $"a number >= {min}", fallback) : fallback;

    public TimeSpan Millis(string path, int fallback, int min = 1) => TimeSpan.FromMilliseconds(Int(path, fallback, min));

    public IReadOnlyList<string> Strings(string path)
    {
        if (Find(path) is not { } e)
        {
            return [];
        }

        if (e.ValueKind != JsonValueKind.Array || e.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
        {
            return Bad<IReadOnlyList<string>>(path, "a list of strings", []);
        }

        return [.. e.EnumerateArray().Select(x => x.GetString()!)];
    }

    /// <summary>Records a problem found by the caller's own validation of a value.</summary>
    public void Error(string path, string message) => _errors.Add($"{path}: {message}");

    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new BrowserConfigException($"{file}: invalid browser configuration:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", _errors));
        }
    }

    private JsonElement? Find(string path)
    {
        var current = root;
        foreach (var part in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(part, out current))
            {
                return null;
            }
        }

        return current;
    }

    private T Bad<T>(string path, string expected, T fallback)
    {
        _errors.Add($"'{path}' must be {expected}");
        return fallback;
    }
}
