using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;

namespace PortalProbe.Simulator.Hosting;

/// <summary>Finds a port that is free on one address, and recognises a lost race for it.</summary>
internal static class FreePort
{
    /// <summary>How many times a freshly picked port is tried before giving up.</summary>
    public const int Attempts = 5;

    /// <summary>A port the OS reports free on <paramref name="address"/> right now; another process may still take it.</summary>
    public static int Pick(IPAddress address)
    {
        var listener = new TcpListener(address, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    /// <summary>True when <paramref name="error"/> (or an inner exception) says the port is already taken.</summary>
    public static bool IsAddressInUse(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is AddressInUseException
                || e is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse })
            {
                return true;
            }
        }

        return false;
    }
}
