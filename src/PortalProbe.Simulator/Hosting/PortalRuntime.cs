using System.Net;
using PortalProbe.Simulator.Appeals;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Hosting;

/// <summary>One running portal: its personality, its address and its in-memory state.</summary>
internal sealed class PortalRuntime(PortalPersonality personality, IPAddress address, TimeProvider time)
{
    public PortalPersonality Personality { get; } = personality;

    public IPAddress Address { get; } = address;

    public SmsOutbox Sms { get; } = new(personality.CityCode, personality.SmsCodeLength);

    public TicketBook Tickets { get; } = new(personality.TicketPrefix, time);
}
