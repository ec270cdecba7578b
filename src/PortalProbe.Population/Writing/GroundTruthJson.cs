using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using PortalProbe.Population.Truth;

namespace PortalProbe.Population.Writing;

/// <summary>
/// ground-truth.json: <c>{ "asOf", "seed", "portPlaceholder": "${port}", "cities": [ { "code", "name", "province",
/// "tier", "level", "style", "registration", "login", "submission", "progressLookup", "chatbot", "chatbotAccuracy",
/// "searchChannels", "dataReports", "hotCases", "enterpriseEntrance", "brokenLinks", "flakyLinks",
/// "replyWithin5WorkingDays" } ] }</c>, and <c>"unreachable": true</c> for a portal that hangs; functions are true, false, "manual" or null (not offered).
/// </summary>
public static class GroundTruthJson
{
    public const string FileName = "ground-truth.json";

    public static byte[] ToUtf8(Population population)
    {
        ArgumentNullException.ThrowIfNull(population);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", population.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("seed", population.Seed);
            json.WriteString("portPlaceholder", GroundTruth.PortPlaceholder);
            json.WriteStartArray("cities");
            foreach (var city in population.Truth)
            {
                City(json, city);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void City(Utf8JsonWriter json, CityTruth c)
    {
        json.WriteStartObject();
        json.WriteString("code", c.Code);
        json.WriteString("name", c.Name);
        json.WriteString("province", c.Province);
        json.WriteString("tier", c.Tier);
        json.WriteString("level", c.Level);
        json.WriteString("style", c.Style);
        Value(json, "registration", c.Registration);
        Value(json, "login", c.Login);
        Value(json, "submission", c.Submission);
        Value(json, "progressLookup", c.ProgressLookup);
        Value(json, "chatbot", c.Chatbot);
        if (c.ChatbotAccuracy is { } accuracy)
        {
            json.WriteNumber("chatbotAccuracy", accuracy);
        }
        else
        {
            json.WriteNull("chatbotAccuracy");
        }

        json.WriteNumber("searchChannels", c.SearchChannels);
        json.WriteBoolean("dataReports", c.DataReports);
        json.WriteBoolean("hotCases", c.HotCases);
        json.WriteBoolean("enterpriseEntrance", c.EnterpriseEntrance);
        Strings(json, "brokenLinks", c.BrokenLinks);
        Strings(json, "flakyLinks", c.FlakyLinks);
        if (c.ReplyWithin5WorkingDays is { } quick)
        {
            json.WriteBoolean("replyWithin5WorkingDays", quick);
        }
        else
        {
            json.WriteNull("replyWithin5WorkingDays");
        }

        if (c.Unreachable)
        {
            json.WriteBoolean("unreachable", true);
        }

        if (c.EntryUnreliable)
        {
            json.WriteBoolean("entryUnreliable", true);
        }

        json.WriteEndObject();
    }

    private static void Value(Utf8JsonWriter json, string name, TruthValue value)
    {
        switch (value)
        {
            case TruthValue.Works:
                json.WriteBoolean(name, true);
                break;
            case TruthValue.Fails:
                json.WriteBoolean(name, false);
                break;
            case TruthValue.Manual:
                json.WriteString(name, "manual");
                break;
            default:
                json.WriteNull(name);
                break;
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
