using System.Text.Encodings.Web;
using System.Text.Json;

namespace PortalProbe.Simulator.Personalities.Internal;

/// <summary>Writes a <see cref="PersonalitySet"/> as personalities.json, field by field in a fixed order, so output repeats byte for byte.</summary>
internal static class PersonalityJson
{
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // Chinese stays readable; the file is data, never HTML
    };

    public static void Write(Utf8JsonWriter json, PersonalitySet set)
    {
        json.WriteStartObject();
        if (set.AsOf is { } asOf)
        {
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        json.WriteNumber("seed", set.Seed);
        json.WriteString("refusedAddress", set.RefusedAddress);
        json.WriteStartArray("externalSites");
        foreach (var site in set.ExternalSites)
        {
            json.WriteStartObject();
            json.WriteString("id", site.Id);
            json.WriteString("name", site.Name);
            json.WriteString("address", site.Address);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("cities");
        foreach (var city in set.Portals)
        {
            City(json, city, set.AsOf);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void City(Utf8JsonWriter json, PortalPersonality p, DateOnly? setAsOf)
    {
        json.WriteStartObject();
        json.WriteString("code", p.CityCode);
        json.WriteString("name", p.CityName);
        json.WriteString("address", p.Address);
        json.WriteString("ticketPrefix", p.TicketPrefix);
        json.WriteString("style", PersonalityIds.Of(PersonalityIds.Styles, p.Style));
        json.WriteString("registration", PersonalityIds.Of(PersonalityIds.Registrations, p.Registration));
        json.WriteString("submission", PersonalityIds.Of(PersonalityIds.Submissions, p.Submission));
        json.WriteString("progress", PersonalityIds.Of(PersonalityIds.Progresses, p.Progress));
        json.WriteString("chatbot", PersonalityIds.Of(PersonalityIds.Chatbots, p.Chatbot));
        Strings(json, "searchChannels", PersonalityIds.FlagsOf(PersonalityIds.Channels, p.Search));
        Section(json, "dataReports", p.DataReports);
        Section(json, "hotCases", p.HotCases);
        json.WriteBoolean("enterpriseEntrance", p.EnterpriseEntrance);
        json.WriteBoolean("wechatOnly", p.WechatOnly);
        json.WriteNumber("smsCodeLength", p.SmsCodeLength);
        json.WriteNumber("replyWorkingDays", p.ReplyWorkingDays);
        if (p.AsOf is { } asOf && asOf != setAsOf)
        {
            json.WriteString("asOf", asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        Strings(json, "broken", PersonalityIds.FlagsOf(PersonalityIds.Faults, p.Broken));
        json.WriteStartObject("faults");
        json.WriteNumber("seed", p.Faults.Seed);
        json.WriteNumber("intermittentPercent", p.Faults.IntermittentPercent);
        json.WriteStartObject("latency");
        json.WriteNumber("fixedMs", p.Faults.Latency.FixedMs);
        json.WriteNumber("jitterMs", p.Faults.Latency.JitterMs);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("links");
        foreach (var link in p.Links)
        {
            json.WriteStartObject();
            json.WriteString("text", link.Text);
            json.WriteString("path", link.Path);
            json.WriteString("behaviour", PersonalityIds.Of(PersonalityIds.LinkBehaviours, link.Behaviour));
            if (link.Site is not null)
            {
                json.WriteString("site", link.Site);
            }

            if (link.Behaviour == LinkBehaviour.Slow)
            {
                json.WriteNumber("slowDelayMs", link.SlowDelayMs);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        Vocabulary(json, p.Vocabulary);
        json.WriteEndObject();
    }

    private static void Vocabulary(Utf8JsonWriter json, PortalVocabulary v)
    {
        json.WriteStartObject("vocabulary");
        json.WriteString("register", v.Register);
        json.WriteString("login", v.Login);
        json.WriteString("appeal", v.Appeal);
        json.WriteString("progress", v.Progress);
        json.WriteString("faq", v.Faq);
        json.WriteString("submit", v.Submit);
        json.WriteString("search", v.Search);
        json.WriteString("hotQuestions", v.HotQuestions);
        json.WriteString("chatbot", v.Chatbot);
        json.WriteString("reports", v.Reports);
        json.WriteString("cases", v.Cases);
        json.WriteString("enterprise", v.Enterprise);
        json.WriteString("links", v.Links);
        json.WriteString("idPrefix", v.IdPrefix);
        json.WriteNumber("layout", v.Layout);
        json.WriteEndObject();
    }

    private static void Section(Utf8JsonWriter json, string name, DisclosureSection section)
    {
        json.WriteStartObject(name);
        json.WriteString("freshness", PersonalityIds.Of(PersonalityIds.Freshness, section.Freshness));
        json.WriteString("dateStyle", PersonalityIds.Of(PersonalityIds.DateStyles, section.DateStyle));
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
