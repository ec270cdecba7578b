using System.Net;
using PortalProbe.Simulator.Accounts;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Hosting;

/// <summary>One running portal: its personality, its address and its in-memory state.</summary>
internal sealed class PortalRuntime(PortalPersonality personality, IPAddress address, SimulatorContext context)
{
    public PortalPersonality Personality { get; } = personality;

    public IPAddress Address { get; } = address;

    public SimulatorContext Context { get; } = context;

    public SmsOutbox Sms { get; } = new(personality.CityCode, personality.SmsCodeLength);

    public TicketBook Tickets { get; } = new(personality.TicketPrefix, context.Time);

    public AccountBook Accounts { get; } = new();

    public AttemptCounter Attempts { get; } = new();

    private readonly Dictionary<string, PortalLink> internalLinks = personality.Links
        .Where(l => l.Behaviour == LinkBehaviour.ExternalJumpFails || (l.Site is null && l.Behaviour != LinkBehaviour.Refused))
        .DistinctBy(l => l.Path, StringComparer.Ordinal)
        .ToDictionary(l => l.Path, StringComparer.Ordinal);

    /// <summary>The link answered on this portal at <paramref name="path"/>, or null.</summary>
    public PortalLink? InternalLink(string path) => internalLinks.GetValueOrDefault(path);

    /// <summary>The last image-captcha code shown, for the /__test/captcha back door.</summary>
    public string? LastCaptcha { get; set; }

    /// <summary>The date disclosure lists are relative to: the personality's, else today on the host clock.</summary>
    public DateOnly AsOf => Personality.AsOf ?? Context.Today;

    /// <summary>This portal's own URL for <paramref name="path"/>.</summary>
    public string Url(string path) => Context.Url(Address.ToString(), path);
}
