using System.Globalization;
using System.Text;
using PortalProbe.Population.Cities;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Styles;

namespace PortalProbe.Population.Writing;

/// <summary>
/// Writes one city's check script: its loopback address, the port from the run-time variable <c>port</c>, one
/// channel for its style, one scenario per function the portal offers, each built from the style's templates
/// under <c>templates/&lt;style&gt;/</c> with the city's labels and ids, and the check-only scenarios every portal
/// gets (selfservice, reports, cases). Test credentials are secrets
/// (PORTALPROBE_TEST_PHONE, PORTALPROBE_TEST_PASSWORD, PORTALPROBE_TEST_EMAIL).
/// </summary>
public static class CityScriptWriter
{
    private const string Phone = "${secret:PORTALPROBE_TEST_PHONE}";
    private const string Password = "${secret:PORTALPROBE_TEST_PASSWORD}";
    private const string Email = "${secret:PORTALPROBE_TEST_EMAIL}";

    /// <summary>The script's file name: &lt;code&gt;-&lt;pinyin&gt;.yaml.</summary>
    public static string FileName(PopulationCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        return $"{city.City.Code}-{city.Pinyin}.yaml";
    }

    public static string Write(PopulationCity city, PortalPersonality portal, int seed, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(city);
        ArgumentNullException.ThrowIfNull(portal);
        var style = PersonalityIds.Of(portal.Style);
        var y = new StringBuilder();
        var c = city.City;
        y.Append("# yaml-language-server: $schema=../schema/city-script.schema.json\n");
        y.Append(CultureInfo.InvariantCulture, $"# {c.Name} 12345 模拟门户（{style} 风格），由 PortalProbe.Population 生成（seed {seed}，asOf {asOf:yyyy-MM-dd}）；请勿手工修改。\n");
        y.Append("city:\n");
        y.Append(CultureInfo.InvariantCulture, $"  code: {Q(c.Code)}\n  name: {Q(c.Name)}\n  province: {Q(c.Province)}\n  tier: {Q(c.Tier)}\n  level: {Q(c.Level)}\n");
        y.Append("runtime: [port]\nvars:\n");
        y.Append(CultureInfo.InvariantCulture, $"  host: {Q(portal.Address)}\n  base: \"http://${{host}}:${{port}}\"\n");
        var (kind, entry) = portal.Style switch
        {
            PortalStyle.WechatH5 => ("wechat", "${base}/#/"),
            PortalStyle.AppH5 => ("app", "${base}/app/"),
            _ => ("web", "${base}/"),
        };
        y.Append(CultureInfo.InvariantCulture, $"channels:\n  - kind: {kind}\n    entry: {Q(entry)}\nscenarios:\n");
        foreach (var scenario in Scenarios(portal, style))
        {
            y.Append(CultureInfo.InvariantCulture, $"  - name: {scenario.Name}\n    kind: {scenario.Kind}\n");
            if (scenario.Steps.Count > 0)
            {
                y.Append("    steps:\n");
                foreach (var step in scenario.Steps)
                {
                    y.Append(step);
                }
            }

            y.Append(scenario.Name == "progress" ? ProgressCheck(portal, style) : CheckBlock(portal, scenario.Kind));
        }

        foreach (var (name, scenarioKind, check) in CheckScenarios())
        {
            y.Append(CultureInfo.InvariantCulture, $"  - name: {name}\n    kind: {scenarioKind}\n    check: {check}\n");
        }

        return y.ToString();
    }

    private static IEnumerable<(string Name, string Kind, IReadOnlyList<string> Steps)> Scenarios(PortalPersonality portal, string style)
    {
        var p = new StyleParams(portal);
        yield return ("home", "custom", [Use(style, "home", [("entrance", Entrance(portal))])]);
        if (portal.Links.Count > 0)
        {
            // No steps: the check opens the entry itself, and its availability visits are the measurement.
            yield return ("links", "links", []);
        }

        if (portal.Registration != RegistrationMode.None)
        {
            yield return ("register", "registration", [portal.Registration == RegistrationMode.Email
                ? Use(style, "register-email", [("email", Email), ("password", Password), .. p.RegisterEmail])
                : Use(style, "register", [("phone", Phone), ("password", Password), .. p.Register])]);
            yield return ("login", "login", [Use(style, "login",
                [("account", portal.Registration == RegistrationMode.Email ? Email : Phone), ("password", Password), .. p.Login])]);
        }

        if (portal.Submission != SubmissionMode.None)
        {
            yield return ("submit", "submission", [Use(style, "appeal", [("phone", Phone), .. p.Appeal])]);
        }

        if (portal.Progress != ProgressMode.None && portal.Submission != SubmissionMode.None)
        {
            // The steps open the lookup page; the check looks up the tickets the campaign's submission obtained.
            yield return ("progress", "progress", [Use(style, "progress-page", p.ProgressPage)]);
        }

        if (portal.Chatbot != ChatbotMode.None)
        {
            yield return ("chatbot", "chatbot", [Use(style, "chatbot", p.Chat)]);
        }
    }

    /// <summary>The progress scenario's check block: the style's lookup steps for <c>${ticket}</c>, its state and reply.</summary>
    private static string ProgressCheck(PortalPersonality portal, string style)
    {
        var p = new StyleParams(portal);
        var lookup = Use(style, "progress", [("ticket", "${ticket}"), .. p.Progress]).Replace("\n      ", "\n        ", StringComparison.Ordinal);
        return "    check:\n      lookup:\n  " + lookup +
            $"      status: {Q(p.ProgressStatus)}\n      reply: {{ selector: {Q(p.ProgressReply)} }}\n";
    }

    /// <summary>The scenario's <c>check:</c> block, or nothing for a kind whose facts come from its steps.</summary>
    private static string CheckBlock(PortalPersonality portal, string kind) => kind switch
    {
        // Every link of a simulated portal is on its home page (相关链接), so depth 0 checks them all; opening the
        // linked pages as well would add nothing but requests.
        "links" => "    check: { depth: 0 }\n",
        "chatbot" => ChatbotCheck(new StyleParams(portal)),
        _ => "",
    };

    /// <summary>The style's template opens the chat window; the check asks the question bank in it.</summary>
    private static string ChatbotCheck(StyleParams p)
    {
        var (input, send, answers) = p.ChatCheck;
        return $"    check:\n      input: {Q(input)}\n      send: {Q(send)}\n      answers: {Q(answers)}\n";
    }

    /// <summary>
    /// The scenarios that are only a check, starting at the channel's entry. They are written for every portal,
    /// whatever it offers, so that an absent search channel, enterprise entrance or disclosure column is found
    /// missing by the check, not left out by the generator, which knows the answer.
    /// </summary>
    private static IEnumerable<(string Name, string Kind, string Check)> CheckScenarios() =>
    [
        ("selfservice", "selfservice", "{}"),
        ("reports", "disclosure", "{ find: reports }"),
        ("cases", "disclosure", "{ find: cases }"),
    ];

    /// <summary>The label of an entrance every page of the style shows on its home page.</summary>
    private static string Entrance(PortalPersonality portal)
    {
        var v = portal.Vocabulary;
        (bool Has, string Label)[] candidates =
        [
            (portal.Submission != SubmissionMode.None, v.Appeal),
            (portal.Progress != ProgressMode.None, v.Progress),
            (portal.Registration != RegistrationMode.None, v.Register),
            (portal.Chatbot != ChatbotMode.None, v.Chatbot),
            (portal.Search.HasFlag(SearchChannels.SiteSearch), v.Search),
            (portal.Search.HasFlag(SearchChannels.Faq), v.Faq),
            (portal.Search.HasFlag(SearchChannels.HotQuestions), v.HotQuestions),
            (portal.DataReports.IsPublished, v.Reports),
            (portal.HotCases.IsPublished, v.Cases),
            (portal.EnterpriseEntrance, v.Enterprise),
        ];
        return candidates.FirstOrDefault(c => c.Has).Label ?? "首页";
    }

    private static string Use(string style, string template, (string Name, string Value)[] with, bool liveOnly = false)
    {
        var step = new StringBuilder().Append(CultureInfo.InvariantCulture, $"      - use: {style}/{template}\n");
        if (with.Length > 0)
        {
            step.Append("        with:\n");
            foreach (var (name, value) in with)
            {
                step.Append(CultureInfo.InvariantCulture, $"          {name}: {Q(value)}\n");
            }
        }

        if (liveOnly)
        {
            step.Append("        live-only: true\n");
        }

        return step.ToString();
    }

    /// <summary>A double-quoted YAML scalar.</summary>
    internal static string Q(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
