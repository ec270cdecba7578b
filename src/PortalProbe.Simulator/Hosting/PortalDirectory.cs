using System.Net;

namespace PortalProbe.Simulator.Hosting;

/// <summary>Finds the portal (or external site) a connection belongs to by the local address the client dialled.</summary>
internal sealed class PortalDirectory(IReadOnlyList<PortalRuntime> portals, IReadOnlyList<SiteRuntime> sites, SimulatorContext context)
{
    private readonly Dictionary<IPAddress, PortalRuntime> byAddress = portals.ToDictionary(p => p.Address);
    private readonly Dictionary<IPAddress, SiteRuntime> sitesByAddress = sites.ToDictionary(s => s.Address);

    public IReadOnlyList<PortalRuntime> All { get; } = portals;

    public IReadOnlyList<SiteRuntime> Sites { get; } = sites;

    public SimulatorContext Context { get; } = context;

    /// <summary>Every address to listen on: the portals' and the sites'.</summary>
    public IEnumerable<IPAddress> Addresses => byAddress.Keys.Concat(sitesByAddress.Keys);

    public PortalRuntime? Find(IPAddress? localAddress) => Normalise(localAddress) is { } a ? byAddress.GetValueOrDefault(a) : null;

    public SiteRuntime? FindSite(IPAddress? localAddress) => Normalise(localAddress) is { } a ? sitesByAddress.GetValueOrDefault(a) : null;

    private static IPAddress? Normalise(IPAddress? address) =>
        address is null ? null : address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
