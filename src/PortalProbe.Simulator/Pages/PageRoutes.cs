using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PortalProbe.Simulator.Pages;

/// <summary>Maps a page for GET and HEAD, as a real web server answers both (link checkers often send HEAD).</summary>
internal static class PageRoutes
{
    private static readonly string[] ReadMethods = [HttpMethods.Get, HttpMethods.Head];

    public static RouteHandlerBuilder MapPage(this IEndpointRouteBuilder routes, string pattern, Delegate handler) =>
        routes.MapMethods(pattern, ReadMethods, handler);
}
