using System.Net;

namespace PortalProbe.Simulator.Hosting;

/// <summary>Finds the portal a connection belongs to by the local address the client dialled.</summary>
internal sealed class PortalDirectory(IReadOnlyList<PortalRuntime> portals)
{
    private readonly Dictionary<IPAddress, PortalRuntime> byAddress = portals.ToDictionary(p => p.Address);

    public IReadOnlyList<PortalRuntime> All { get; } = portals;

    public PortalRuntime? Find(IPAddress? localAddress)
    {
        if (localAddress is null)
        {
            return null;
        }

        var address = localAddress.IsIPv4MappedToIPv6 ? localAddress.MapToIPv4() : localAddress;
        return byAddress.GetValueOrDefault(address);
    }
}
