using System.Text.Json;
using PortalProbe.Population.Truth;

namespace PortalProbe.Population.Writing;

/// <summary>
/// Reads ground truth back: a population's <c>ground-truth.json</c> (<c>{ "cities": [...] }</c>) or a hand-written
/// portal's single city record. A wrong field is reported with the file and the field.
/// </summary>
public static class GroundTruthReader
{
    public static IReadOnlyList<CityTruth> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var root = document.RootElement;
            return root.TryGetProperty("cities", out var cities)
                ? [.. cities.EnumerateArray().Select((c, i) => City(c, $"cities[{i}]"))]
                : [City(root, "")];
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static CityTruth City(JsonElement c, string at) => new(
        Text(c, "code", at), Text(c, "name", at), Text(c, "province", at), Text(c, "tier", at), Text(c, "level", at), Text(c, "style", at))
    {
        Registration = Value(c, "registration", at),
        Login = Value(c, "login", at),
        Submission = Value(c, "submission", at),
        ProgressLookup = Value(c, "progressLookup", at),
        Chatbot = Value(c, "chatbot", at),
        ChatbotAccuracy = Get(c, "chatbotAccuracy", at) is { ValueKind: JsonValueKind.Number } accuracy ? accuracy.GetDouble() : null,
        SearchChannels = Get(c, "searchChannels", at).GetInt32(),
        DataReports = Get(c, "dataReports", at).GetBoolean(),
        HotCases = Get(c, "hotCases", at).GetBoolean(),
        EnterpriseEntrance = Get(c, "enterpriseEntrance", at).GetBoolean(),
        BrokenLinks = [.. Get(c, "brokenLinks", at).EnumerateArray().Select(l => l.GetString()!)],
        FlakyLinks = [.. Get(c, "flakyLinks", at).EnumerateArray().Select(l => l.GetString()!)],
        ReplyWithin5WorkingDays = Get(c, "replyWithin5WorkingDays", at) is { ValueKind: JsonValueKind.True or JsonValueKind.False } quick ? quick.GetBoolean() : null,
        Unreachable = c.TryGetProperty("unreachable", out var unreachable) && unreachable.ValueKind == JsonValueKind.True,
        EntryUnreliable = c.TryGetProperty("entryUnreliable", out var unreliable) && unreliable.ValueKind == JsonValueKind.True,
    };

    private static string Text(JsonElement c, string name, string at) =>
        Get(c, name, at).GetString() ?? throw new InvalidDataException($"{Field(at, name)}: a text is required");

    private static TruthValue Value(JsonElement c, string name, string at) => Get(c, name, at) switch
    {
        { ValueKind: JsonValueKind.True } => TruthValue.Works,
        { ValueKind: JsonValueKind.False } => TruthValue.Fails,
        { ValueKind: JsonValueKind.Null } => TruthValue.Absent,
        { ValueKind: JsonValueKind.String } s when s.GetString() == "manual" => TruthValue.Manual,
        var other => throw new InvalidDataException($"{Field(at, name)}: '{other}' is not true, false, \"manual\" or null"),
    };

    private static JsonElement Get(JsonElement c, string name, string at) =>
        c.TryGetProperty(name, out var value) ? value : throw new InvalidDataException($"{Field(at, name)}: missing");

    private static string Field(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";
}
