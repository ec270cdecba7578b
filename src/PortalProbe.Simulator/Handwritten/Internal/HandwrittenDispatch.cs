using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.TestEndpoints;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// Middleware: a request to a hand-written portal is answered by one of its dynamic endpoints or else by a static
/// file of its site; nothing of the generated family answers it. The <c>/__test/</c> back door (clock, SMS codes,
/// last captcha) goes on to the shared endpoints, which read the same per-portal state.
/// </summary>
internal sealed class HandwrittenDispatch
{
    private readonly Dictionary<string, HandwrittenPortal> byCity;

    private HandwrittenDispatch(Dictionary<string, HandwrittenPortal> byCity) => this.byCity = byCity;

    /// <summary>The middleware for <paramref name="options"/>; throws when a hand-written portal is not among its portals.</summary>
    public static Func<HttpContext, RequestDelegate, Task> For(SimulatorOptions options)
    {
        var served = (options.Portals ?? []).Select(p => p?.CityCode).ToHashSet(StringComparer.Ordinal);
        var handwritten = options.Handwritten ?? [];
        var missing = handwritten.Where(h => !served.Contains(h.Personality.CityCode)).Select(h => h.Personality.CityCode).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException(
                $"Invalid simulator options: hand-written portal(s) {string.Join(", ", missing)} are not among the portals; use HandwrittenPortals.AddTo",
                nameof(options));
        }

        var dispatch = new HandwrittenDispatch(handwritten.DistinctBy(h => h.Personality.CityCode).ToDictionary(h => h.Personality.CityCode, StringComparer.Ordinal));
        return dispatch.InvokeAsync;
    }

    private async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var runtime = http.Portal();
        if (byCity.Count == 0 || TestRoutes.IsTestPath(http.Request.Path) || !byCity.TryGetValue(runtime.Personality.CityCode, out var portal))
        {
            await next(http);
            return;
        }

        var request = new HandwrittenRequest(http, runtime, portal);
        if (DynamicRoutes.Find(portal, http.Request.Path.Value ?? "/") is { } route)
        {
            if (!string.Equals(route.Method, http.Request.Method, StringComparison.OrdinalIgnoreCase))
            {
                http.Response.Headers.Allow = route.Method;
                await StaticSite.NotFoundAsync(request, StatusCodes.Status405MethodNotAllowed);
                return;
            }

            await route.Handle(request);
            return;
        }

        await StaticSite.ServeAsync(request);
    }
}

/// <summary>One request to a hand-written portal, with the portal's running state.</summary>
internal sealed record HandwrittenRequest(HttpContext Http, PortalRuntime Runtime, HandwrittenPortal Portal)
{
    public CancellationToken Aborted => Http.RequestAborted;
}
