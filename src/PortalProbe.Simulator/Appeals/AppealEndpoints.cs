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
        routes.MapGet("/api/appeal/form", FormConfig);
        return routes;
    }

    private static IResult ShowForm(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return portal.Submission switch
        {
            SubmissionMode.None => ErrorPage.Result(portal, StatusCodes.Status404NotFound),
            SubmissionMode.FormNeverLoads => PageResult.Html(AppealPage.NeverLoads(portal)),
            _ => PageResult.Html(AppealPage.Form(portal, AppealForm.Empty, [])),
        };
    }

    /// <summary>What the never-loading form's script asks for; it fails, so the spinner stays.</summary>
    private static IResult FormConfig(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return portal.Submission switch
        {
            SubmissionMode.None => ErrorPage.Result(portal, StatusCodes.Status404NotFound),
            SubmissionMode.FormNeverLoads => ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "表单服务异常"),
            _ => TypedResults.Json(new { types = AppealForm.Types, minContentLength = AppealForm.MinContentLength }),
        };
    }

    private static async Task<IResult> SubmitAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Submission == SubmissionMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        if (portal.Has(PortalFaults.Submission) || portal.Submission is SubmissionMode.ServerError or SubmissionMode.FormNeverLoads)
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
        if (runtime.Personality.Progress == ProgressMode.None)
        {
            return ErrorPage.Result(runtime.Personality, StatusCodes.Status404NotFound);
        }

        var query = http.Request.Query["ticket"].FirstOrDefault()?.Trim();
        if (query is { Length: > MaxTicketQueryLength })
        {
            query = query[..MaxTicketQueryLength];
        }

        var ticket = string.IsNullOrEmpty(query) || runtime.Personality.Progress == ProgressMode.Broken ? null : runtime.Tickets.Find(query);
        var status = ticket is null ? null : TicketProgress.At(ticket, runtime.Context.Time.GetUtcNow(), runtime.Personality.ReplyWorkingDays, runtime.Personality.CityName);
        return PageResult.Html(ProgressPage.Render(runtime.Personality, query, ticket, status));
    }
}
