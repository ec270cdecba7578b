using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Links;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Hosting;

/// <summary>
/// Middleware that picks the portal for a request from the connection's local address; a request to an external
/// site's address is answered by that site here and goes no further.
/// </summary>
internal static class PortalResolution
{
    public static Func<HttpContext, RequestDelegate, Task> Middleware(PortalDirectory directory) =>
        async (http, next) =>
        {
            var portal = directory.Find(http.Connection.LocalIpAddress);
            if (portal is null)
            {
                if (directory.FindSite(http.Connection.LocalIpAddress) is { } site)
                {
                    await ExternalSitePages.HandleAsync(http, site);
                    return;
                }

                await ErrorPage.Result(null, StatusCodes.Status404NotFound).ExecuteAsync(http);
                return;
            }

            http.Features.Set(portal);
            await next(http);
        };

    /// <summary>The portal chosen for this request.</summary>
    public static PortalRuntime Portal(this HttpContext http) =>
        http.Features.Get<PortalRuntime>()
        ?? throw new InvalidOperationException("No portal was resolved for this request.");
}
