using System.Net;
using System.Text.Json;
using PortalProbe.Cities;

namespace PortalProbe.Simulator.Personalities.Internal;

/// <summary>Reads personalities.json (format in <see cref="PersonalityFile"/>) into a <see cref="PersonalitySet"/>.</summary>
internal static class PersonalityReader
{
    private static readonly string[] RootFields = ["asOf", "seed", "refusedAddress", "externalSites", "cities"];
    private static readonly string[] SiteFields = ["id", "name", "address"];
    private static readonly string[] LinkFields = ["text", "path", "behaviour", "site", "slowDelayMs"];
    private static readonly string[] SectionFields = ["freshness", "dateStyle"];
    private static readonly string[] FaultFields = ["seed", "intermittentPercent", "latency"];
    private static readonly string[] LatencyFields = ["fixedMs", "jitterMs"];

    private static readonly string[] CityFields =
    [
        "code", "name", "address", "ticketPrefix", "style", "registration", "submission", "progress", "chatbot",
        "searchChannels", "dataReports", "hotCases", "enterpriseEntrance", "wechatOnly", "smsCodeLength",
        "replyWorkingDays", "asOf", "broken", "faults", "links", "vocabulary",
    ];

    private static readonly string[] VocabularyFields =
    [
        "register", "login", "appeal", "progress", "faq", "submit", "search", "hotQuestions", "chatbot", "reports",
        "cases", "enterprise", "links", "idPrefix", "layout",
    ];

    public static PersonalitySet Read(string file, JsonElement root, JsonProblems problems)
    {
        if (JsonCursor.Object(root, "", problems) is not { } top)
        {
            return new PersonalitySet([], []);
        }

        top.RejectUnknown(RootFields);
        var asOf = top.Date("asOf");
        var seed = top.Int("seed", 0, int.MinValue, int.MaxValue);
        var refused = top.String("refusedAddress", required: false) ?? Hosting.SimulatorOptions.DefaultRefusedAddress;
        var sites = top.Array("externalSites", required: false).Select(s => Site(s.Item, s.Path, problems)).OfType<ExternalSite>().ToList();
        var cities = top.Array("cities", required: true).Select(c => City(c.Item, c.Path, problems, asOf)).OfType<PortalPersonality>().ToList();
        if (cities.Count == 0 && problems.Items.Count == 0)
        {
            problems.Add("cities", "no cities");
        }

        return new PersonalitySet(cities, sites) { AsOf = asOf, Seed = seed, RefusedAddress = refused };
    }

    private static ExternalSite? Site(JsonElement element, string path, JsonProblems problems)
    {
        if (JsonCursor.Object(element, path, problems) is not { } site)
        {
            return null;
        }

        site.RejectUnknown(SiteFields);
        var id = site.String("id");
        var name = site.String("name");
        var address = Address(site, "address");
        return id is null || name is null || address is null ? null : new ExternalSite(id, name, address);
    }

    private static PortalPersonality? City(JsonElement element, string path, JsonProblems problems, DateOnly? asOf)
    {
        if (JsonCursor.Object(element, path, problems) is not { } city)
        {
            return null;
        }

        city.RejectUnknown(CityFields);
        var code = city.String("code");
        if (code is not null && !CityInfo.IsValidCode(code))
        {
            problems.Add(city.Child("code"), $"'{code}' is not a six-digit city code");
        }

        var name = city.String("name");
        var address = Address(city, "address");
        var prefix = city.String("ticketPrefix");
        if (prefix is not null && (prefix.Length == 0 || !prefix.All(char.IsAsciiLetterUpper)))
        {
            problems.Add(city.Child("ticketPrefix"), $"'{prefix}' must be upper-case ASCII letters");
        }

        var channels = SearchChannels.None;
        foreach (var (item, at) in city.Array("searchChannels", required: false))
        {
            channels |= item.ValueKind == JsonValueKind.String
                ? city.EnumValue(at, item.GetString()!, PersonalityIds.Channels, SearchChannels.None)
                : Report(problems, at, "expected a channel id string", SearchChannels.None);
        }

        var broken = PortalFaults.None;
        foreach (var (item, at) in city.Array("broken", required: false))
        {
            broken |= item.ValueKind == JsonValueKind.String
                ? city.EnumValue(at, item.GetString()!, PersonalityIds.Faults, PortalFaults.None)
                : Report(problems, at, "expected a fault id string", PortalFaults.None);
        }

        var personality = new PortalPersonality(code ?? "", name ?? "", address ?? "", prefix ?? "")
        {
            Style = city.Enum("style", PersonalityIds.Styles, PortalStyle.Pc),
            Registration = city.Enum("registration", PersonalityIds.Registrations, RegistrationMode.Sms),
            Submission = city.Enum("submission", PersonalityIds.Submissions, SubmissionMode.Ok),
            Progress = city.Enum("progress", PersonalityIds.Progresses, ProgressMode.Ok),
            Chatbot = city.Enum("chatbot", PersonalityIds.Chatbots, ChatbotMode.None),
            Search = city.Has("searchChannels") ? channels : SearchChannels.Faq,
            DataReports = Section(city.Nested("dataReports")),
            HotCases = Section(city.Nested("hotCases")),
            EnterpriseEntrance = city.Bool("enterpriseEntrance", false),
            WechatOnly = city.Bool("wechatOnly", false),
            SmsCodeLength = city.Int("smsCodeLength", PortalPersonality.DefaultSmsCodeLength, 4, 8),
            ReplyWorkingDays = city.Int("replyWorkingDays", PortalPersonality.DefaultReplyWorkingDays, 1, 60),
            AsOf = city.Date("asOf") ?? asOf,
            Broken = broken,
            Faults = Faults(city.Nested("faults")),
            Links = [.. city.Array("links", required: false).Select(l => Link(l.Item, l.Path, problems)).OfType<PortalLink>()],
            Vocabulary = Vocabulary(city.Nested("vocabulary")),
        };
        if (personality.Search.HasFlag(SearchChannels.Chatbot) != (personality.Chatbot != ChatbotMode.None))
        {
            problems.Add(city.Child("searchChannels"), "lists 'chatbot' exactly when 'chatbot' is not 'none'");
        }

        return code is null || name is null || address is null || prefix is null ? null : personality;
    }

    private static DisclosureSection Section(JsonCursor? cursor)
    {
        if (cursor is not { } section)
        {
            return DisclosureSection.Absent;
        }

        section.RejectUnknown(SectionFields);
        return new DisclosureSection(
            section.Enum("freshness", PersonalityIds.Freshness, DisclosureFreshness.None),
            section.Enum("dateStyle", PersonalityIds.DateStyles, DateStyle.Dashed));
    }

    private static FaultPlan Faults(JsonCursor? cursor)
    {
        if (cursor is not { } faults)
        {
            return FaultPlan.None;
        }

        faults.RejectUnknown(FaultFields);
        var latency = Latency.None;
        if (faults.Nested("latency") is { } l)
        {
            l.RejectUnknown(LatencyFields);
            latency = new Latency(l.Int("fixedMs", 0, 0, 60_000), l.Int("jitterMs", 0, 0, 60_000));
        }

        return new FaultPlan
        {
            Seed = faults.Int("seed", 0, int.MinValue, int.MaxValue),
            IntermittentPercent = faults.Int("intermittentPercent", FaultPlan.DefaultIntermittentPercent, 1, 99),
            Latency = latency,
        };
    }

    private static PortalLink? Link(JsonElement element, string path, JsonProblems problems)
    {
        if (JsonCursor.Object(element, path, problems) is not { } link)
        {
            return null;
        }

        link.RejectUnknown(LinkFields);
        var text = link.String("text");
        var linkPath = link.String("path", maxLength: 300);
        if (linkPath is not null && (!linkPath.StartsWith('/') || linkPath.StartsWith("/__test", StringComparison.Ordinal) || linkPath.Contains('?', StringComparison.Ordinal)))
        {
            problems.Add(link.Child("path"), $"'{linkPath}' must start with '/', have no query and not be under /__test");
        }

        var behaviour = link.Enum("behaviour", PersonalityIds.LinkBehaviours, LinkBehaviour.Ok);
        var site = link.String("site", required: false);
        var slow = link.Int("slowDelayMs", PortalLink.DefaultSlowDelayMs, 0, 60_000);
        return text is null || linkPath is null ? null : new PortalLink(text, linkPath, behaviour, site) { SlowDelayMs = slow };
    }

    private static PortalVocabulary Vocabulary(JsonCursor? cursor)
    {
        if (cursor is not { } v)
        {
            return PortalVocabulary.Default;
        }

        v.RejectUnknown(VocabularyFields);
        var d = PortalVocabulary.Default;
        var prefix = v.String("idPrefix", required: false) ?? d.IdPrefix;
        if (!prefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            v.Problems.Add(v.Child("idPrefix"), $"'{prefix}' may hold only a-z, 0-9, '-' and '_'");
        }

        return new PortalVocabulary
        {
            Register = v.String("register", required: false) ?? d.Register,
            Login = v.String("login", required: false) ?? d.Login,
            Appeal = v.String("appeal", required: false) ?? d.Appeal,
            Progress = v.String("progress", required: false) ?? d.Progress,
            Faq = v.String("faq", required: false) ?? d.Faq,
            Submit = v.String("submit", required: false) ?? d.Submit,
            Search = v.String("search", required: false) ?? d.Search,
            HotQuestions = v.String("hotQuestions", required: false) ?? d.HotQuestions,
            Chatbot = v.String("chatbot", required: false) ?? d.Chatbot,
            Reports = v.String("reports", required: false) ?? d.Reports,
            Cases = v.String("cases", required: false) ?? d.Cases,
            Enterprise = v.String("enterprise", required: false) ?? d.Enterprise,
            Links = v.String("links", required: false) ?? d.Links,
            IdPrefix = prefix,
            Layout = v.Int("layout", 0, 0, 2),
        };
    }

    private static string? Address(JsonCursor cursor, string name)
    {
        var text = cursor.String(name);
        if (text is null)
        {
            return null;
        }

        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork
            || address.GetAddressBytes()[0] != 127)
        {
            cursor.Problems.Add(cursor.Child(name), $"'{text}' is not an IPv4 loopback address in 127.0.0.0/8");
            return null;
        }

        return text;
    }

    private static T Report<T>(JsonProblems problems, string at, string message, T fallback)
    {
        problems.Add(at, message);
        return fallback;
    }
}
