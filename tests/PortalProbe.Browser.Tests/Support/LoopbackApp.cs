using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace PortalProbe.Browser.Tests.Support;

/// <summary>The start-up the hand-written test portals share: a quiet ASP.NET Core app on one loopback address and a free port.</summary>
internal static class LoopbackApp
{
    /// <summary>An app listening on <paramref name="address"/> (loopback) and a port the system picks, ready for its routes.</summary>
    public static WebApplication Build(string address)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0)).UseShutdownTimeout(TimeSpan.FromSeconds(1));
        return builder.Build();
    }

    /// <summary>The port a started app listens on.</summary>
    public static int PortOf(WebApplication app) => new Uri(app.Urls.First()).Port;
}
