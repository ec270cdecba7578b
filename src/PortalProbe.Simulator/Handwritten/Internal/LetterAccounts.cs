using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The old portal's e-mail accounts: registration and login are form posts that both demand the 验证码 from the code
/// image, and answer with an alert() and a jump.
/// </summary>
internal static class LetterAccounts
{
    private const int MinPassword = 6;
    private const int MaxPassword = 20;
    private const string Back = "history.back();";

    public static async Task RegisterAsync(HandwrittenRequest request)
    {
        var form = await FormInput.ReadAsync(request.Http.Request, request.Aborted);
        if (form is null)
        {
            await OldPage.AlertAsync(request, "请求参数错误！", Back);
            return;
        }

        var email = FormInput.Value(form, "email");
        var password = form["pwd"].FirstOrDefault() ?? "";
        var confirm = form["pwd2"].FirstOrDefault() ?? "";
        var runtime = request.Runtime;
        var codeOk = CodeImage.TryUse(runtime, FormInput.Value(form, "yzm"));
        var problem = !codeOk ? "验证码错误！"
            : !EmailRegistration.IsEmail(email) ? "请输入正确的电子邮箱！"
            : password.Length is < MinPassword or > MaxPassword ? "密码须为6-20位！"
            : !string.Equals(password, confirm, StringComparison.Ordinal) ? "两次输入的密码不一致！"
            : !runtime.Accounts.TryAdd(email, password) ? "该邮箱已被注册！"
            : null;
        await (problem is null
            ? OldPage.AlertAsync(request, "注册成功！请登录。", "location.href='/login.htm';", "<p>注册成功！请<a href=\"/login.htm\">登录</a>。</p>")
            : OldPage.AlertAsync(request, problem, Back));
    }

    public static async Task LoginAsync(HandwrittenRequest request)
    {
        var form = await FormInput.ReadAsync(request.Http.Request, request.Aborted);
        if (form is null)
        {
            await OldPage.AlertAsync(request, "请求参数错误！", Back);
            return;
        }

        var runtime = request.Runtime;
        var codeOk = CodeImage.TryUse(runtime, FormInput.Value(form, "yzm"));
        var problem = !codeOk ? "验证码错误！"
            : !runtime.Accounts.Verify(FormInput.Value(form, "email"), form["pwd"].FirstOrDefault() ?? "") ? "邮箱或密码错误！"
            : null;
        await (problem is null
            ? OldPage.AlertAsync(request, "登录成功！", "location.href='/index.htm';", "<p>登录成功！<a href=\"/index.htm\">进入首页</a></p>")
            : OldPage.AlertAsync(request, problem, Back));
    }
}
