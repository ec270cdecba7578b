using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Registration;

/// <summary>/register and the SMS code it needs.</summary>
internal static class RegistrationEndpoints
{
    public static IEndpointRouteBuilder MapRegistration(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/register", ShowForm);
        routes.MapPost("/register", RegisterAsync);
        routes.MapPost("/api/sms/send", SendCodeAsync);
        return routes;
    }

    private static IResult ShowForm(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return PageResult.Html(RegistrationPage.Form(portal, []));
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Has(PortalFaults.Registration))
        {
            return ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "系统维护中，请稍后再试");
        }

        var form = await FormInput.ReadAsync(http.Request, ct);
        if (form is null)
        {
            return ErrorPage.Result(portal, StatusCodes.Status400BadRequest);
        }

        var registration = RegistrationForm.Read(form);
        var errors = registration.Validate(runtime.Sms);
        if (errors.Count == 0 && !runtime.Sms.TryUse(registration.Phone, registration.Code))
        {
            errors = ["验证码错误"]; // another request used the code between the check and now
        }

        // Like most portals, a form with mistakes comes back with 200 and the errors above it.
        return errors.Count == 0
            ? PageResult.Html(RegistrationPage.Success(portal, registration.Phone))
            : PageResult.Html(RegistrationPage.Form(portal, errors));
    }

    private static async Task<IResult> SendCodeAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var form = await FormInput.ReadAsync(http.Request, ct);
        if (form is null)
        {
            return TypedResults.Json(new SmsReply(false, "请求格式不正确"), statusCode: StatusCodes.Status400BadRequest);
        }

        var phone = FormInput.Value(form, "phone");
        if (!PhoneNumbers.IsMobile(phone))
        {
            return TypedResults.Json(new SmsReply(false, "手机号格式不正确"), statusCode: StatusCodes.Status400BadRequest);
        }

        runtime.Sms.Send(phone);
        return TypedResults.Json(new SmsReply(true, "验证码已发送"));
    }

    /// <summary>The JSON answer to /api/sms/send: {"ok":true,"message":"验证码已发送"}.</summary>
    internal sealed record SmsReply(bool Ok, string Message);
}
