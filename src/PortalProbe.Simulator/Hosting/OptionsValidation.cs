using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PortalProbe.Cities;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>The options after validation: every portal and site with its parsed address.</summary>
internal sealed record ValidatedOptions(
    IReadOnlyList<(PortalPersonality Personality, IPAddress Address)> Portals,
    IReadOnlyList<(ExternalSite Site, IPAddress Address)> Sites);

/// <summary>Checks the options before anything binds, and reports every problem at once.</summary>
internal static class OptionsValidation
{
    private const int MinSmsCodeLength = 4;
    private const int MaxSmsCodeLength = 8;
    private const int MaxDelayMs = 60_000;

    /// <summary>The portals and sites with their parsed addresses, or an <see cref="ArgumentException"/> listing every problem.</summary>
    public static ValidatedOptions Validate(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var accepted = new List<(PortalPersonality, IPAddress)>();
        var addresses = new Dictionary<IPAddress, string>();
        var cities = new HashSet<string>(StringComparer.Ordinal);

        if (options.Portals is null || options.Portals.Count == 0)
        {
            problems.Add("no portals: give at least one PortalPersonality");
        }

        if (options.Port is < 0 or > IPEndPoint.MaxPort)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"port {options.Port} is outside 0..{IPEndPoint.MaxPort}"));
        }

        if (options.Time is null)
        {
            problems.Add("no TimeProvider: pass TimeProvider.System or a fake clock");
        }

        if (options.Questions is null)
        {
            problems.Add("no question bank: pass QuestionBank.BuiltIn or a loaded one");
        }

        var sites = Sites(options, addresses, problems);
        var siteIds = sites.Select(s => s.Site.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var portal in options.Portals ?? [])
        {
            if (portal is null)
            {
                problems.Add("a portal is null");
                continue;
            }

            var where = $"city {portal.CityCode} ({portal.CityName})";
            if (!CityInfo.IsValidCode(portal.CityCode))
            {
                problems.Add($"{where}: city code must be six digits");
            }
            else if (!cities.Add(portal.CityCode))
            {
                problems.Add($"{where}: city code is used by another portal");
            }

            if (string.IsNullOrWhiteSpace(portal.CityName))
            {
                problems.Add($"{where}: city name is empty");
            }

            if (string.IsNullOrEmpty(portal.TicketPrefix) || !portal.TicketPrefix.All(char.IsAsciiLetterUpper))
            {
                problems.Add($"{where}: ticket prefix '{portal.TicketPrefix}' must be upper-case ASCII letters");
            }

            if (portal.SmsCodeLength is < MinSmsCodeLength or > MaxSmsCodeLength)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{where}: SMS code length {portal.SmsCodeLength} is outside {MinSmsCodeLength}..{MaxSmsCodeLength}"));
            }

            problems.AddRange(Behaviour(portal, siteIds).Select(p => $"{where}: {p}"));
            if (ParseLoopback(portal.Address, $"{where}: address", problems) is { } address)
            {
                if (addresses.TryGetValue(address, out var other))
                {
                    problems.Add($"{where}: address {address} is already used by {other}");
                }
                else
                {
                    addresses.Add(address, $"city {portal.CityCode} ({portal.CityName})");
                    accepted.Add((portal, address));
                }
            }
        }

        if (ParseLoopback(options.RefusedAddress, "refused address", problems) is { } refused && addresses.TryGetValue(refused, out var user))
        {
            problems.Add($"refused address {refused} is used by {user}; nothing may listen there");
        }

        problems.AddRange(SitePathConflicts(options.Portals ?? []));
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "Invalid simulator options:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)),
                nameof(options));
        }

        return new ValidatedOptions(accepted, sites);
    }

    private static List<(ExternalSite Site, IPAddress Address)> Sites(SimulatorOptions options, Dictionary<IPAddress, string> addresses, List<string> problems)
    {
        var sites = new List<(ExternalSite, IPAddress)>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var site in options.ExternalSites ?? [])
        {
            if (site is null || string.IsNullOrWhiteSpace(site.Id))
            {
                problems.Add("an external site is null or has no id");
                continue;
            }

            var where = $"external site {site.Id} ({site.Name})";
            if (!ids.Add(site.Id))
            {
                problems.Add($"{where}: id is used by another site");
            }

            if (ParseLoopback(site.Address, $"{where}: address", problems) is not { } address)
            {
                continue;
            }

            if (addresses.TryGetValue(address, out var other))
            {
                problems.Add($"{where}: address {address} is already used by {other}");
            }
            else
            {
                addresses.Add(address, where);
                sites.Add((site, address));
            }
        }

        return sites;
    }

    private static IEnumerable<string> Behaviour(PortalPersonality portal, HashSet<string> siteIds)
    {
        if (portal.Vocabulary is null || portal.Links is null || portal.Faults is null || portal.DataReports is null || portal.HotCases is null
            || portal.Faults.Latency is null)
        {
            yield return "vocabulary, links, faults, latency, dataReports and hotCases must not be null";
            yield break;
        }

        if (portal.WechatOnly && portal.Style != PortalStyle.WechatH5)
        {
            yield return "only a wechat-h5 portal can be WeChat-only";
        }

        if (portal.Registration == RegistrationMode.WechatOAuth && portal.Style != PortalStyle.WechatH5)
        {
            yield return "WeChat OAuth registration needs the wechat-h5 style";
        }

        if (portal.Search.HasFlag(SearchChannels.Chatbot) != (portal.Chatbot != ChatbotMode.None))
        {
            yield return "search channels must include the chatbot exactly when the portal has one";
        }

        if (portal.ReplyWorkingDays is < 1 or > 60)
        {
            yield return "reply working days must be 1..60";
        }

        if (portal.Faults.IntermittentPercent is < 1 or > 99)
        {
            yield return "intermittent percent must be 1..99";
        }

        if (portal.Faults.Latency.FixedMs is < 0 or > MaxDelayMs || portal.Faults.Latency.JitterMs is < 0 or > MaxDelayMs)
        {
            yield return "latency must be 0..60000 ms";
        }

        if (portal.Vocabulary.Layout is < 0 or > 2 || !portal.Vocabulary.IdPrefix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
        {
            yield return "vocabulary layout must be 0..2 and its id prefix only a-z, 0-9, '-' and '_'";
        }

        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in portal.Links)
        {
            if (link is null || string.IsNullOrEmpty(link.Path) || !link.Path.StartsWith('/') || link.Path.Contains('?', StringComparison.Ordinal)
                || link.Path.StartsWith("/__test", StringComparison.Ordinal))
            {
                yield return $"link '{link?.Path}' must start with '/', have no query and not be under /__test";
            }
            else if (link.Site is not null && !siteIds.Contains(link.Site))
            {
                yield return $"link {link.Path} names unknown external site '{link.Site}'";
            }
            else if (link.Site is null && link.Behaviour != LinkBehaviour.Refused && !paths.Add(link.Path))
            {
                yield return $"link {link.Path} is listed twice";
            }
            else if (link.SlowDelayMs is < 0 or > MaxDelayMs)
            {
                yield return $"link {link.Path}: slow delay must be 0..60000 ms";
            }
        }
    }

    private static IEnumerable<string> SitePathConflicts(IReadOnlyList<PortalPersonality> portals)
    {
        var seen = new Dictionary<(string Site, string Path), PortalPersonality>();
        foreach (var portal in portals.Where(p => p?.Links is not null))
        {
            foreach (var link in portal.Links.Where(l => l?.Site is not null && l.Path is not null && l.Behaviour is not (LinkBehaviour.ExternalJumpFails or LinkBehaviour.Refused)))
            {
                if (seen.TryGetValue((link.Site!, link.Path), out var first) && !ReferenceEquals(first, portal))
                {
                    yield return $"city {portal.CityCode}: link {link.Path} on site {link.Site} is already a link of city {first.CityCode}";
                }

                seen.TryAdd((link.Site!, link.Path), portal);
            }
        }
    }

    private static IPAddress? ParseLoopback(string? text, string what, List<string> problems)
    {
        if (!IPAddress.TryParse(text, out var address))
        {
            problems.Add($"{what} '{text}' is not an IP address");
            return null;
        }

        if (address.AddressFamily != AddressFamily.InterNetwork || address.GetAddressBytes()[0] != 127)
        {
            problems.Add($"{what} {text} is not a loopback address in 127.0.0.0/8");
            return null;
        }

        return address;
    }
}
