using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Links;

/// <summary>Middleware: a GET or HEAD for one of the portal's own link paths is answered as the link's behaviour says.</summary>
internal static class LinkRoutes
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var portal = http.Portal();
        var method = http.Request.Method;
        if ((HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
            && portal.InternalLink(http.Request.Path.Value ?? "") is { } link)
        {
            var jump = link.Behaviour == LinkBehaviour.ExternalJumpFails ? JumpTarget(portal, link) : null;
            var request = new LinkRequest(portal.Personality, link, RequestFaults.AttemptOf(http), PageLayout.SiteName(portal.Personality), jump);
            await LinkResponder.RespondAsync(http, request);
            return;
        }

        await next(http);
    }

    /// <summary>Where the portal's link points, as the href on its pages.</summary>
    public static string Href(PortalRuntime portal, PortalLink link)
    {
        var context = portal.Context;
        return link.Behaviour switch
        {
            LinkBehaviour.Refused => context.Url(context.RefusedAddress, link.Path),
            LinkBehaviour.ExternalJumpFails => link.Path,
            _ when link.Site is not null && context.Site(link.Site) is { } site => context.Url(site.Address, link.Path),
            _ => link.Path,
        };
    }

    /// <summary>The failing page an external-jump link leads to: /unavailable/... on its site, else the refused address.</summary>
    private static string JumpTarget(PortalRuntime portal, PortalLink link)
    {
        var context = portal.Context;
        var site = link.Site is not null ? context.Site(link.Site) : context.DefaultSite;
        return site is null
            ? context.Url(context.RefusedAddress, link.Path)
            : context.Url(site.Address, ExternalSitePages.UnavailablePrefix + link.Path);
    }
}
