using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Enterprise;

/// <summary>The PC portal's /enterprise: the enterprise-service entrance (企业诉求"一键直达").</summary>
internal static class EnterpriseEndpoints
{
    public static IEndpointRouteBuilder MapEnterprise(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/enterprise", Show);
        return routes;
    }

    private static IResult Show(HttpContext http)
    {
        var portal = http.Portal().Personality;
        if (!portal.EnterpriseEntrance)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var v = portal.Vocabulary;
        var appeal = portal.Submission == SubmissionMode.None
            ? "<p>企业诉求请拨打12345热线企业服务专席。</p>"
            : $"""<p><a id="{v.Id("enterprise-appeal")}" href="/appeal">企业诉求一键直达</a></p>""";
        var body = $"""
            <h1 id="{v.Id("enterprise-title")}">{Html.Encode(v.Enterprise)}</h1>
            <p>为企业提供政策咨询、诉求反映、惠企服务“一站式”办理。</p>
            {appeal}
            """;
        return PageResult.Html(PageLayout.Render(portal, v.Enterprise, body));
    }
}
