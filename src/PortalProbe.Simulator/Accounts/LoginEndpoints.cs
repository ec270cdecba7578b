using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Accounts;

/// <summary>/login on the PC portal: account (phone or e-mail) and password, plus the image captcha where the portal has one.</summary>
internal static class LoginEndpoints
{
    public static IEndpointRouteBuilder MapLogin(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/login", Show);
        routes.MapPost("/login", LoginAsync);
        return routes;
    }

    private static IResult Show(HttpContext http)
    {
        var portal = http.Portal().Personality;
        return portal.Registration == RegistrationMode.None
            ? ErrorPage.Result(portal, StatusCodes.Status404NotFound)
            : PageResult.Html(Form(portal, []));
    }

    private static async Task<IResult> LoginAsync(HttpContext http, CancellationToken ct)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var form = await FormInput.ReadAsync(http.Request, ct);
        if (form is null)
        {
            return ErrorPage.Result(portal, StatusCodes.Status400BadRequest);
        }

        var account = FormInput.Value(form, "account");
        var password = form["password"].FirstOrDefault() ?? string.Empty;
        var errors = new List<string>();
        if (portal.Registration == RegistrationMode.Captcha && !Captcha.Matches(runtime, FormInput.Value(form, "captcha")))
        {
            errors.Add("图形验证码错误");
        }
        else if (!runtime.Accounts.Verify(account, password))
        {
            errors.Add("账号或密码错误");
        }

        if (errors.Count > 0)
        {
            return PageResult.Html(Form(portal, errors));
        }

        var shown = PhoneNumbers.IsMobile(account) ? PhoneNumbers.Mask(account) : account;
        var body = $"""<h1>登录成功</h1><p>欢迎您，<span id="{portal.Vocabulary.Id("login-user")}">{Html.Encode(shown)}</span>。</p>""";
        return PageResult.Html(PageLayout.Render(portal, "登录成功", body));
    }

    private static string Form(PortalPersonality portal, IReadOnlyList<string> errors)
    {
        var v = portal.Vocabulary;
        var accountLabel = portal.Registration == RegistrationMode.Email ? "电子邮箱" : "手机号";
        var captcha = portal.Registration == RegistrationMode.Captcha
            ? $"""<div class="field"><label for="{v.Id("login-captcha")}">图形验证码</label><input type="text" id="{v.Id("login-captcha")}" name="captcha" maxlength="4"><img id="{v.Id("captcha-img")}" class="captcha" src="/captcha.svg" alt="图形验证码"></div>"""
            : "";
        var body = $"""
            <h1>{Html.Encode(v.Login)}</h1>
            {FormErrors.Render(errors)}
            <form id="{v.Id("login-form")}" method="post" action="/login" novalidate>
              <div class="field"><label for="{v.Id("login-account")}">{accountLabel}</label><input type="text" id="{v.Id("login-account")}" name="account" maxlength="100"></div>
              <div class="field"><label for="{v.Id("login-password")}">密码</label><input type="password" id="{v.Id("login-password")}" name="password"></div>
              {captcha}
              <div class="field"><button type="submit" id="{v.Id("login-submit")}">登录</button></div>
            </form>
            """;
        return PageLayout.Render(portal, v.Login, body);
    }
}
