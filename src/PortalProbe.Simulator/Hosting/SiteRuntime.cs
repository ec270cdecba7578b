using System.Net;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>One running external site with the links of every portal that point at it.</summary>
internal sealed class SiteRuntime(ExternalSite site, IPAddress address, IReadOnlyDictionary<string, (PortalPersonality Owner, PortalLink Link)> links)
{
    public ExternalSite Site { get; } = site;

    public IPAddress Address { get; } = address;

    /// <summary>The links into this site, by path, with the portal that shows each.</summary>
    public IReadOnlyDictionary<string, (PortalPersonality Owner, PortalLink Link)> Links { get; } = links;

    public AttemptCounter Attempts { get; } = new();
}
