using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Hosting;

/// <summary>
/// A running set of simulated portals: one Kestrel server listening on every portal's loopback address,
/// all on one port, each request answered by the portal whose address the client dialled.
/// </summary>
public sealed class SimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Dictionary<string, PortalRuntime> byCity;
    private readonly Dictionary<string, SiteRuntime> bySite;
    private int disposed;

    private SimulatorHost(WebApplication app, PortalDirectory directory, int port)
    {
        this.app = app;
        Port = port;
        byCity = directory.All.ToDictionary(p => p.Personality.CityCode, StringComparer.Ordinal);
        Portals = [.. directory.All.Select(p => p.Personality)];
        bySite = directory.Sites.ToDictionary(s => s.Site.Id, StringComparer.Ordinal);
        ExternalSites = [.. directory.Sites.Select(s => s.Site)];
    }

    /// <summary>The port every portal listens on.</summary>
    public int Port { get; }

    /// <summary>The portals being served.</summary>
    public IReadOnlyList<PortalPersonality> Portals { get; }

    /// <summary>The external sites being served.</summary>
    public IReadOnlyList<ExternalSite> ExternalSites { get; }

    /// <summary>Starts the portals; throws <see cref="ArgumentException"/> listing every problem with the options.</summary>
    public static async Task<SimulatorHost> StartAsync(SimulatorOptions options, CancellationToken ct)
    {
        var validated = OptionsValidation.Validate(options);
        var context = new SimulatorContext(options);
        var directory = new PortalDirectory(
            [.. validated.Portals.Select(v => new PortalRuntime(v.Personality, v.Address, context))],
            [.. validated.Sites.Select(v => new SiteRuntime(v.Site, v.Address, LinksInto(v.Site, validated)))],
            context);
        var first = directory.All[0].Address;
        for (var attempt = 1; ; attempt++)
        {
            var port = options.Port != 0 ? options.Port : FreePort.Pick(first);
            context.Port = port;
            var app = PortalApp.Build(directory, port, options);
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException error) when (options.Port == 0 && attempt < FreePort.Attempts && FreePort.IsAddressInUse(error))
            {
                SimulatorLog.PortTaken(app.Services.GetRequiredService<ILogger<SimulatorHost>>(), port, attempt);
                await app.DisposeAsync();
                continue;
            }
            catch
            {
                await app.DisposeAsync();
                throw;
            }

            var logger = app.Services.GetRequiredService<ILogger<SimulatorHost>>();
            foreach (var portal in directory.All)
            {
                SimulatorLog.Listening(logger, portal.Personality.CityCode, portal.Personality.CityName, portal.Address.ToString(), port);
            }

            return new SimulatorHost(app, directory, port);
        }
    }

    /// <summary>An external site's root, e.g. http://127.1.250.1:PORT/.</summary>
    public Uri SiteUri(string siteId)
    {
        ArgumentNullException.ThrowIfNull(siteId);
        if (!bySite.TryGetValue(siteId, out var site))
        {
            throw new ArgumentException($"No external site {siteId} is served here.", nameof(siteId));
        }

        return new UriBuilder(Uri.UriSchemeHttp, site.Address.ToString(), Port, "/").Uri;
    }

    /// <summary>The portal's root, e.g. http://127.10.0.1:PORT/.</summary>
    public Uri BaseUri(string cityCode)
    {
        ArgumentNullException.ThrowIfNull(cityCode);
        if (!byCity.TryGetValue(cityCode, out var portal))
        {
            throw new ArgumentException($"No portal for city {cityCode} is served here.", nameof(cityCode));
        }

        return new UriBuilder(Uri.UriSchemeHttp, portal.Address.ToString(), Port, "/").Uri;
    }

    /// <summary>Stops the server; hung requests are cut off rather than waited for.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private static Dictionary<string, (PortalPersonality, PortalLink)> LinksInto(ExternalSite site, ValidatedOptions validated)
    {
        var links = new Dictionary<string, (PortalPersonality, PortalLink)>(StringComparer.Ordinal);
        foreach (var (portal, _) in validated.Portals)
        {
            foreach (var link in portal.Links.Where(l => l.Site == site.Id && l.Behaviour is not (LinkBehaviour.ExternalJumpFails or LinkBehaviour.Refused)))
            {
                links.TryAdd(link.Path, (portal, link));
            }
        }

        return links;
    }
}
