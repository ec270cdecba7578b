using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.TestEndpoints;

namespace PortalProbe.Simulator.Styles;

/// <summary>
/// Middleware: a portal of another style than <see cref="PortalStyle.Pc"/> is answered entirely by that style's
/// site (its own paths and markup); the PC portal and the <c>/__test/</c> back door go on to the routed endpoints.
/// </summary>
internal static class StyleDispatch
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var runtime = http.Portal();
        if (runtime.Personality.Style == PortalStyle.Pc || TestRoutes.IsTestPath(http.Request.Path))
        {
            await next(http);
            return;
        }

        await StyleSites.For(runtime.Personality.Style).HandleAsync(http, runtime);
    }
}
