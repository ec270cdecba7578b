using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Registration;

/// <summary>
/// The registration form and its success page. The phone number and the password are never written back
/// into a response, not even into a re-shown form: only the masked number appears.
/// </summary>
internal static class RegistrationPage
{
    private const string SendCodeScript = """
        <script>
        document.getElementById('send-code').addEventListener('click', async function () {
          var status = document.getElementById('sms-status');
          var phone = document.getElementById('phone').value;
          try {
            var response = await fetch('/api/sms/send', {
              method: 'POST',
              headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ phone: phone })
            });
            var reply = await response.json();
            status.textContent = reply.message;
          } catch (e) {
            status.textContent = '网络异常，请稍后再试';
          }
        });
        </script>
        """;

    public static string Form(PortalPersonality portal, IReadOnlyList<string> errors)
    {
        if (portal.Registration == RegistrationMode.Email)
        {
            return EmailForm(portal, errors);
        }

        var captcha = portal.Registration == RegistrationMode.Captcha
            ? $"""
              <div class="field"><label for="{portal.Vocabulary.Id("captcha")}">图形验证码</label><input type="text" id="{portal.Vocabulary.Id("captcha")}" name="captcha" maxlength="4">
                <img id="{portal.Vocabulary.Id("captcha-img")}" class="captcha" src="/captcha.svg" alt="图形验证码"></div>
            """
            : string.Empty;
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Register)}</h1>
            {FormErrors.Render(errors)}
            <form id="register-form" method="post" action="/register" novalidate>
              <div class="field"><label for="phone">手机号</label><input type="tel" id="phone" name="phone" maxlength="11" autocomplete="tel" placeholder="请输入11位手机号"></div>
            {captcha}  <div class="field"><label for="code">短信验证码</label><input type="text" id="code" name="code" maxlength="{portal.SmsCodeLength}" autocomplete="one-time-code" placeholder="请输入验证码">
                <button type="button" id="send-code" class="secondary">获取验证码</button><span id="sms-status" class="notice" role="status"></span></div>
              <div class="field"><label for="password">密码</label><input type="password" id="password" name="password" autocomplete="new-password" placeholder="至少8位"></div>
              <div class="field"><button type="submit" id="register-submit">注册</button></div>
            </form>
            """;
        return PageLayout.Render(portal, portal.Vocabulary.Register, body, SendCodeScript);
    }

    private static string EmailForm(PortalPersonality portal, IReadOnlyList<string> errors)
    {
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Register)}</h1>
            {FormErrors.Render(errors)}
            <form id="register-form" method="post" action="/register" novalidate>
              <div class="field"><label for="email">电子邮箱</label><input type="text" id="email" name="email" maxlength="100" autocomplete="email" placeholder="请输入常用邮箱"></div>
              <div class="field"><label for="password">密码</label><input type="password" id="password" name="password" autocomplete="new-password" placeholder="至少8位"></div>
              <div class="field"><label for="confirm">确认密码</label><input type="password" id="confirm" name="confirm" autocomplete="new-password" placeholder="再次输入密码"></div>
              <div class="field"><button type="submit" id="register-submit">注册</button></div>
            </form>
            """;
        return PageLayout.Render(portal, portal.Vocabulary.Register, body);
    }

    public static string Success(PortalPersonality portal, string account, bool masked)
    {
        var shown = masked ? PhoneNumbers.Mask(account) : account;
        var body = $"""
            <h1>注册成功</h1>
            <p>您的账号 <span id="account">{Html.Encode(shown)}</span> 已注册成功，现在可以<a href="/appeal">在线反映诉求</a>。</p>
            """;
        return PageLayout.Render(portal, "注册成功", body);
    }
}
