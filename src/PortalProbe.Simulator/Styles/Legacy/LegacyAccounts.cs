using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>Registration, login, the SMS code and the captcha of the legacy portal.</summary>
internal static class LegacyAccounts
{
    public static IResult RegisterForm(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var rows = portal.Registration == RegistrationMode.Email
            ? Row("电子邮箱", Input(id["register.email"], "text")) + Row("密　　码", Input(id["register.password"], "password"))
              + Row("确认密码", Input(id["register.confirm"], "password"))
            : Row("手机号码", Input(id["register.phone"], "text"))
              + (portal.Registration == RegistrationMode.Captcha
                  ? Row("图形验证码", Input(id["register.captcha"], "text") + $"<img id=\"{id["register.captchaImage"]}\" src=\"/zxts/captcha.do\" align=\"absmiddle\">")
                  : "")
              + Row("短信验证码", Input(id["register.code"], "text") + $"<input type=\"button\" id=\"{id["register.send"]}\" value=\"获取验证码\" onclick=\"getYzm()\"><span id=\"yzmMsg\"></span>")
              + Row("登录密码", Input(id["register.password"], "password"));
        var script = $$"""
            <script language="javascript">
            function getYzm() {
              var x = new XMLHttpRequest();
              x.open('POST', '/zxts/sendYzm.do', true);
              x.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
              x.onreadystatechange = function () { if (x.readyState == 4) { alert(x.status == 200 ? '验证码已发送' : '手机号码格式不正确'); } };
              x.send('mobile=' + encodeURIComponent(document.getElementById('{{id["register.phone"]}}').value));
            }
            </script>
            """;
        var body = $"""
            {script}
            <form name="regForm" method="post" action="/zxts/reg_save.do">
            <table width="600" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC" align="center">
            <tr><td colspan="2" bgcolor="#E8EEF7"><b>{Html.Encode(portal.Vocabulary.Register)}</b></td></tr>
            {rows}
            <tr><td colspan="2" align="center"><input type="submit" id="{id["register.submit"]}" value="注 册"></td></tr>
            </table>
            </form>
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Register, body);
    }

    public static IResult SendCode(HttpContext http, PortalRuntime runtime, IReadOnlyDictionary<string, string> form)
    {
        var phone = Gbk.Value(form, "mobile");
        if (runtime.Personality.Registration == RegistrationMode.None || !PhoneNumbers.IsMobile(phone))
        {
            return Gbk.Html("error", StatusCodes.Status400BadRequest);
        }

        runtime.Sms.Send(phone);
        return Gbk.Html("ok");
    }

    public static IResult Register(HttpContext http, PortalRuntime runtime, IReadOnlyDictionary<string, string> form)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        if (portal.Has(PortalFaults.Registration) || portal.Registration == RegistrationMode.Broken500)
        {
            return ErrorPage.Result(portal, StatusCodes.Status500InternalServerError, "系统维护中，请稍后再试");
        }

        var id = PortalMarkup.Ids(portal);
        string Field(string key) => Gbk.Value(form, id["register." + key]);
        var password = form.TryGetValue(id["register.password"], out var p) ? p : "";
        IReadOnlyList<string> errors;
        string account;
        if (portal.Registration == RegistrationMode.Email)
        {
            var email = EmailRegistration.Read(Field, password, form.TryGetValue(id["register.confirm"], out var c) ? c : "");
            errors = email.Validate(runtime.Accounts);
            account = email.Email;
        }
        else
        {
            var sms = RegistrationForm.Read(Field, password);
            var list = sms.Validate(runtime.Sms).ToList();
            if (portal.Registration == RegistrationMode.Captcha && !Registration.Captcha.Matches(runtime, Field("captcha")))
            {
                list.Add("图形验证码错误");
            }

            if (list.Count == 0 && !runtime.Sms.TryUse(sms.Phone, sms.Code))
            {
                list.Add("验证码错误");
            }

            errors = list;
            account = sms.Phone;
        }

        if (errors.Count == 0 && !runtime.Accounts.TryAdd(account, password))
        {
            errors = ["该账号已注册"];
        }

        return errors.Count == 0
            ? LegacyLayout.Alert("注册成功！请登录。", "window.location.href='/zxts/login.do';")
            : LegacyLayout.Alert(errors[0], "history.back();");
    }

    public static IResult LoginForm(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var captcha = portal.Registration == RegistrationMode.Captcha
            ? Row("验证码", Input(id["login.captcha"], "text") + $"<img id=\"{id["register.captchaImage"]}\" src=\"/zxts/captcha.do\" align=\"absmiddle\">")
            : "";
        var body = $"""
            <form name="loginForm" method="post" action="/zxts/login_save.do">
            <table width="420" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC" align="center">
            <tr><td colspan="2" bgcolor="#E8EEF7"><b>{Html.Encode(portal.Vocabulary.Login)}</b></td></tr>
            {Row("用户名", Input(id["login.account"], "text"))}{Row("密　码", Input(id["login.password"], "password"))}{captcha}
            <tr><td colspan="2" align="center"><input type="submit" id="{id["login.submit"]}" value="登 录">&nbsp;<a href="/zxts/reg.do">注册</a></td></tr>
            </table>
            </form>
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Login, body);
    }

    public static IResult Login(HttpContext http, PortalRuntime runtime, IReadOnlyDictionary<string, string> form)
    {
        var portal = runtime.Personality;
        if (portal.Registration == RegistrationMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        if (portal.Registration == RegistrationMode.Captcha && !Registration.Captcha.Matches(runtime, Gbk.Value(form, id["login.captcha"])))
        {
            return LegacyLayout.Alert("验证码错误", "history.back();");
        }

        var account = Gbk.Value(form, id["login.account"]);
        return runtime.Accounts.Verify(account, form.TryGetValue(id["login.password"], out var p) ? p : "")
            ? LegacyLayout.Alert("登录成功", "window.location.href='/';")
            : LegacyLayout.Alert("用户名或密码错误", "history.back();");
    }

    public static IResult Captcha(HttpContext http, PortalRuntime runtime) => Registration.Captcha.Show(http);

    public static string Row(string label, string control) =>
        $"<tr><td width=\"120\" align=\"right\" bgcolor=\"#F7F7F7\">{label}：</td><td>{control}</td></tr>\n";

    public static string Input(string id, string type, int size = 30) =>
        $"<input type=\"{type}\" id=\"{id}\" name=\"{id}\" size=\"{size}\">";
}
