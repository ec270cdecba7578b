using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Appeals;

/// <summary>/appeal (submit an appeal) and /progress (look its ticket up).</summary>
internal static class AppealEndpoints
{
    private const int MaxTicketQueryLength = 32;

    public static IEndpointRouteBuilder MapAppeals(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/appeal", ShowForm);
        routes.MapPost("/appeal", SubmitAsync);
        routes.MapPage("/progress", ShowProgress);
        return routes;
    }

    private static IResult ShowForm(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return PageResult.Html(AppealPage.Form(portal, AppealForm.Empty, []));
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Has(PortalFaults.Submission))
        {
            return ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "系统繁忙");
        }

        var form = await FormInput.ReadAsync(http.Request, ct);
        if (form is null)
        {
            return ErrorPage.Result(portal, StatusCodes.Status400BadRequest);
        }

        var appeal = AppealForm.Read(form);
        var errors = appeal.Validate();

        // Like most portals, a form with mistakes comes back with 200 and the errors above it.
        return errors.Count == 0
            ? PageResult.Html(AppealPage.Success(portal, runtime.Tickets.Issue(appeal)))
            : PageResult.Html(AppealPage.Form(portal, appeal, errors));
    }

    private static IResult ShowProgress(HttpContext http)
    {
        var runtime = http.Portal();
        var query = http.Request.Query["ticket"].FirstOrDefault()?.Trim();
        if (query is { Length: > MaxTicketQueryLength })
        {
            query = query[..MaxTicketQueryLength];
        }

        var ticket = string.IsNullOrEmpty(query) ? null : runtime.Tickets.Find(query);
        return PageResult.Html(ProgressPage.Render(runtime.Personality, query, ticket));
    }
}
