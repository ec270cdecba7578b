using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Disclosure;

/// <summary>The PC portal's /data/reports (appeal-data reports) and /data/cases (hot cases).</summary>
internal static class DisclosureEndpoints
{
    public static IEndpointRouteBuilder MapDisclosure(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/data/reports", Reports);
        routes.MapPage("/data/cases", Cases);
        return routes;
    }

    private static IResult Reports(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        return portal.DataReports.IsPublished
            ? List(portal, portal.Vocabulary.Reports, "report", DisclosureLists.Reports(portal, runtime.AsOf), portal.DataReports.DateStyle)
            : ErrorPage.Result(portal, StatusCodes.Status404NotFound);
    }

    private static IResult Cases(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        return portal.HotCases.IsPublished
            ? List(portal, portal.Vocabulary.Cases, "case", DisclosureLists.Cases(portal, runtime.AsOf), portal.HotCases.DateStyle)
            : ErrorPage.Result(portal, StatusCodes.Status404NotFound);
    }

    private static IResult List(PortalPersonality portal, string heading, string kind, IReadOnlyList<DisclosureItem> items, DateStyle style)
    {
        var v = portal.Vocabulary;
        var rows = string.Concat(items.Select(i =>
            $"<li><a class=\"{kind}-title\" href=\"#\">{Html.Encode(i.Title)}</a>{DateSpan(kind, i, style)}<p class=\"{kind}-summary\">{Html.Encode(i.Summary)}</p></li>"));
        var body = $"""
            <h1>{Html.Encode(heading)}</h1>
            <ul id="{v.Id(kind + "-list")}" class="{kind}-list">{rows}</ul>
            """;
        return PageResult.Html(PageLayout.Render(portal, heading, body));
    }

    private static string DateSpan(string kind, DisclosureItem item, DateStyle style) =>
        item.Published is null ? "" : $"<span class=\"{kind}-date\">{Html.Encode(DateFormats.Of(item, style))}</span>";
}
