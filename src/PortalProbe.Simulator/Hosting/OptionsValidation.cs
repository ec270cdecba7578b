using System.Globalization;
using System.Net;
using System.Net.Sockets;
using PortalProbe.Cities;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>Checks the options before anything binds, and reports every problem at once.</summary>
internal static class OptionsValidation
{
    private const int MinSmsCodeLength = 4;
    private const int MaxSmsCodeLength = 8;

    /// <summary>The portals with their parsed addresses, or an <see cref="ArgumentException"/> listing every problem.</summary>
    public static IReadOnlyList<(PortalPersonality Personality, IPAddress Address)> Validate(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<string>();
        var accepted = new List<(PortalPersonality, IPAddress)>();
        var addresses = new Dictionary<IPAddress, PortalPersonality>();
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

            if (!IPAddress.TryParse(portal.Address, out var address))
            {
                problems.Add($"{where}: address '{portal.Address}' is not an IP address");
            }
            else if (!IsIPv4Loopback(address))
            {
                problems.Add($"{where}: address {portal.Address} is not a loopback address in 127.0.0.0/8");
            }
            else if (addresses.TryGetValue(address, out var other))
            {
                problems.Add($"{where}: address {address} is already used by city {other.CityCode} ({other.CityName})");
            }
            else
            {
                addresses.Add(address, portal);
                accepted.Add((portal, address));
            }
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                "Invalid simulator options:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)),
                nameof(options));
        }

        return accepted;
    }

    private static bool IsIPv4Loopback(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetwork && address.GetAddressBytes()[0] == 127;
}
