using System.Globalization;
using System.Text.Json;

namespace PortalProbe.Simulator.Personalities.Internal;

/// <summary>Every problem found in one file, each as "file: field: message".</summary>
internal sealed class JsonProblems(string file)
{
    public List<string> Items { get; } = [];

    public void Add(string path, string message) =>
        Items.Add(path.Length == 0 ? $"{file}: {message}" : $"{file}: {path}: {message}");

    public void ThrowIfAny()
    {
        if (Items.Count > 0)
        {
            throw new PersonalityFileException(Items);
        }
    }
}

/// <summary>
/// One JSON object being read field by field; a missing, mistyped or unknown field is reported with its path
/// (<c>cities[12].registration</c>) and reading goes on, so every problem is found at once.
/// </summary>
internal readonly struct JsonCursor(JsonElement element, string path, JsonProblems problems)
{
    public string Path => path;

    public JsonProblems Problems => problems;

    public static JsonCursor? Object(JsonElement element, string path, JsonProblems problems)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonCursor(element, path, problems);
        }

        problems.Add(path, $"expected an object, found {Describe(element)}");
        return null;
    }

    public void RejectUnknown(IReadOnlyCollection<string> known)
    {
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            problems.Add(Child(property.Name), $"unknown field (fields: {string.Join(", ", known)})");
        }
    }

    public string Child(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public string? String(string name, bool required = true, int maxLength = 200)
    {
        if (!Find(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Add(Child(name), $"expected a string, found {Describe(value)}");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > maxLength)
        {
            problems.Add(Child(name), string.Create(CultureInfo.InvariantCulture, $"longer than {maxLength} characters"));
            return null;
        }

        return text;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        if (!Find(name, required: false, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            problems.Add(Child(name), $"expected a whole number, found {Describe(value)}");
            return fallback;
        }

        if (number < min || number > max)
        {
            problems.Add(Child(name), string.Create(CultureInfo.InvariantCulture, $"{number} is outside {min}..{max}"));
            return fallback;
        }

        return number;
    }

    public bool Bool(string name, bool fallback)
    {
        if (!Find(name, required: false, out var value))
        {
            return fallback;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Add(Child(name), $"expected true or false, found {Describe(value)}");
            return fallback;
        }

        return value.GetBoolean();
    }

    public T Enum<T>(string name, IReadOnlyDictionary<string, T> ids, T fallback)
        where T : struct, System.Enum
    {
        var text = String(name, required: false);
        return text is null ? fallback : EnumValue(Child(name), text, ids, fallback);
    }

    public T EnumValue<T>(string at, string text, IReadOnlyDictionary<string, T> ids, T fallback)
        where T : struct, System.Enum
    {
        if (ids.TryGetValue(text, out var value))
        {
            return value;
        }

        problems.Add(at, $"unknown value '{text}' (values: {string.Join(", ", ids.Keys)})");
        return fallback;
    }

    public DateOnly? Date(string name)
    {
        var text = String(name, required: false);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(Child(name), $"'{text}' is not a date like 2024-06-01");
        return null;
    }

    /// <summary>The items of an array field, each with its path; none (reported when required) if absent.</summary>
    public IEnumerable<(JsonElement Item, string Path)> Array(string name, bool required)
    {
        if (!Find(name, required, out var value))
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            problems.Add(Child(name), $"expected an array, found {Describe(value)}");
            return [];
        }

        var at = Child(name);
        return value.EnumerateArray().Select((item, i) => (item, string.Create(CultureInfo.InvariantCulture, $"{at}[{i}]"))).ToList();
    }

    public IReadOnlyList<string> Strings(string name, bool required, int maxLength = 400)
    {
        var list = new List<string>();
        foreach (var (item, at) in Array(name, required))
        {
            if (item.ValueKind == JsonValueKind.String && item.GetString()!.Length <= maxLength)
            {
                list.Add(item.GetString()!);
            }
            else
            {
                problems.Add(at, $"expected a string of at most {maxLength.ToString(CultureInfo.InvariantCulture)} characters, found {Describe(item)}");
            }
        }

        return list;
    }

    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonCursor? Nested(string name)
    {
        return Find(name, required: false, out var value) ? Object(value, Child(name), problems) : null;
    }

    private bool Find(string name, bool required, out JsonElement value)
    {
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            problems.Add(Child(name), "missing");
        }

        return false;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
