using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PortalProbe.Cities;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Personalities.Internal;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// Reads a hand-written portal's portal.json: <c>{ "code", "name", "address", "ticketPrefix", "replyWorkingDays",
/// "dynamic": [ids], "externalSites": [ { "id", "name", "address" } ], "links": [ { "text", "path", "behaviour",
/// "site", "slowDelayMs" } ] }</c>, and its robot.json when the robot is on. Every problem is reported at once.
/// </summary>
internal static class DescriptorReader
{
    private const long MaxFileBytes = 256 * 1024;
    private static readonly string[] Fields = ["code", "name", "address", "ticketPrefix", "replyWorkingDays", "dynamic", "externalSites", "links"];
    private static readonly string[] SiteFields = ["id", "name", "address"];
    private static readonly string[] LinkFields = ["text", "path", "behaviour", "site", "slowDelayMs"];

    public static IReadOnlyDictionary<string, HandwrittenBehaviours> Behaviours { get; } = new Dictionary<string, HandwrittenBehaviours>(StringComparer.Ordinal)
    {
        ["sms-account"] = HandwrittenBehaviours.SmsAccount,
        ["wizard-appeal"] = HandwrittenBehaviours.WizardAppeal,
        ["ticket-progress"] = HandwrittenBehaviours.TicketProgress,
        ["robot"] = HandwrittenBehaviours.Robot,
        ["captcha-account"] = HandwrittenBehaviours.CaptchaAccount,
        ["letter-appeal"] = HandwrittenBehaviours.LetterAppeal,
        ["password-progress"] = HandwrittenBehaviours.PasswordProgress,
    };

    public static HandwrittenPortal Read(string descriptor)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(descriptor))!;
        using var document = PersonalityFile.Parse(descriptor, MaxFileBytes);
        var problems = new JsonProblems(descriptor);
        var portal = Portal(document.RootElement, folder, problems);
        RobotScript? robot = null;
        if (portal is not null && portal.Has(HandwrittenBehaviours.Robot))
        {
            robot = RobotScript.Load(Path.Combine(folder, HandwrittenPortals.RobotFileName), problems);
        }

        problems.ThrowIfAny();
        return portal! with { Robot = robot };
    }

    private static HandwrittenPortal? Portal(JsonElement root, string folder, JsonProblems problems)
    {
        if (JsonCursor.Object(root, "", problems) is not { } top)
        {
            return null;
        }

        top.RejectUnknown(Fields);
        var code = top.String("code");
        if (code is not null && !CityInfo.IsValidCode(code))
        {
            problems.Add("code", $"'{code}' is not a six-digit city code");
        }
        else if (code is not null && !Path.GetFileName(folder).StartsWith(code + "-", StringComparison.Ordinal))
        {
            problems.Add("code", $"the portal's folder '{Path.GetFileName(folder)}' must be named '{code}-<name>'");
        }

        var name = top.String("name");
        var address = Loopback(top, "address");
        var prefix = top.String("ticketPrefix");
        if (prefix is not null && (prefix.Length == 0 || !prefix.All(char.IsAsciiLetterUpper)))
        {
            problems.Add("ticketPrefix", $"'{prefix}' must be upper-case ASCII letters");
        }

        var replyDays = top.Int("replyWorkingDays", PortalPersonality.DefaultReplyWorkingDays, 1, 60);
        var behaviours = HandwrittenBehaviours.None;
        foreach (var (item, at) in top.Array("dynamic", required: false))
        {
            behaviours |= item.ValueKind == JsonValueKind.String
                ? top.EnumValue(at, item.GetString()!, Behaviours, HandwrittenBehaviours.None)
                : Report(problems, at, "expected a behaviour id string", HandwrittenBehaviours.None);
        }

        var sites = top.Array("externalSites", required: false).Select(s => Site(s.Item, s.Path, problems)).OfType<ExternalSite>().ToList();
        var links = top.Array("links", required: false).Select(l => Link(l.Item, l.Path, sites, problems)).OfType<PortalLink>().ToList();
        if (!Directory.Exists(Path.Combine(folder, HandwrittenPortals.SiteFolderName)))
        {
            problems.Add("", $"the portal has no '{HandwrittenPortals.SiteFolderName}/' folder of pages next to it");
        }

        if (code is null || name is null || address is null || prefix is null)
        {
            return null;
        }

        var personality = new PortalPersonality(code, name, address, prefix)
        {
            Registration = RegistrationMode.None,
            Submission = SubmissionMode.None,
            Progress = ProgressMode.None,
            Chatbot = ChatbotMode.None,
            Search = SearchChannels.None,
            ReplyWorkingDays = replyDays,
            Links = links,
        };
        return new HandwrittenPortal(personality, folder, behaviours) { ExternalSites = sites };
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
        var address = Loopback(site, "address");
        return id is null || name is null || address is null ? null : new ExternalSite(id, name, address);
    }

    private static PortalLink? Link(JsonElement element, string path, List<ExternalSite> sites, JsonProblems problems)
    {
        if (JsonCursor.Object(element, path, problems) is not { } link)
        {
            return null;
        }

        link.RejectUnknown(LinkFields);
        var text = link.String("text");
        var at = link.String("path", maxLength: 400);
        var behaviour = link.Enum("behaviour", PersonalityIds.LinkBehaviours, LinkBehaviour.Ok);
        var site = link.String("site", required: false);
        var delay = link.Int("slowDelayMs", PortalLink.DefaultSlowDelayMs, 0, 60_000);
        if (site is not null && sites.All(s => s.Id != site))
        {
            problems.Add(link.Child("site"), $"'{site}' is not one of this portal's externalSites");
        }

        return text is null || at is null ? null : new PortalLink(text, at, behaviour, site) { SlowDelayMs = delay };
    }

    private static string? Loopback(JsonCursor cursor, string field)
    {
        var text = cursor.String(field);
        if (text is null)
        {
            return null;
        }

        if (!IPAddress.TryParse(text, out var address) || address.AddressFamily != AddressFamily.InterNetwork || address.GetAddressBytes()[0] != 127)
        {
            cursor.Problems.Add(cursor.Child(field), $"'{text}' is not an IPv4 loopback address (127.0.0.0/8)");
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
