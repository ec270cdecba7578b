using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Accounts;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Registration;

/// <summary>/register, the SMS code it needs and the image captcha some portals add.</summary>
internal static class RegistrationEndpoints
{
    public static IEndpointRouteBuilder MapRegistration(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/register", ShowForm);
        routes.MapPost("/register", RegisterAsync);
        routes.MapPost("/api/sms/send", SendCodeAsync);
        routes.MapPage("/captcha.svg", Captcha.Show);
        return routes;
    }

    private static IResult ShowForm(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return portal.Registration == RegistrationMode.None
            ? ErrorPage.Result(portal, StatusCodes.Status404NotFound)
            : PageResult.Html(RegistrationPage.Form(portal, []));
    }

    private static async Task<IResult> RegisterAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        if (portal.Has(PortalFaults.Registration) || portal.Registration == RegistrationMode.Broken500)
        {
            return ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "系统维护中，请稍后再试");
        }

        var form = await FormInput.ReadAsync(http.Request, ct);
        if (form is null)
        {
            return ErrorPage.Result(portal, StatusCodes.Status400BadRequest);
        }

        if (portal.Registration == RegistrationMode.Email)
        {
            var email = EmailRegistration.Read(form);
            var emailErrors = email.Validate(runtime.Accounts);
            return emailErrors.Count == 0 && runtime.Accounts.TryAdd(email.Email, email.Password)
                ? PageResult.Html(RegistrationPage.Success(portal, email.Email, masked: false))
                : PageResult.Html(RegistrationPage.Form(portal, emailErrors.Count == 0 ? ["该邮箱已注册"] : emailErrors));
        }

        var registration = RegistrationForm.Read(form);
        var errors = registration.Validate(runtime.Sms).ToList();
        if (portal.Registration == RegistrationMode.Captcha && !Captcha.Matches(runtime, FormInput.Value(form, "captcha")))
        {
            errors.Add("图形验证码错误");
        }

        if (errors.Count == 0 && !runtime.Sms.TryUse(registration.Phone, registration.Code))
        {
            errors = ["验证码错误"]; // another request used the code between the check and now
        }

        if (errors.Count == 0 && !runtime.Accounts.TryAdd(registration.Phone, registration.Password))
        {
            errors = ["该手机号已注册"];
        }

        // Like most portals, a form with mistakes comes back with 200 and the errors above it.
        return errors.Count == 0
            ? PageResult.Html(RegistrationPage.Success(portal, registration.Phone, masked: true))
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
