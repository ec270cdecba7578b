using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The one-stop portal's accounts: phone + SMS code registration and phone + password login, as a JSON API. The code
/// goes to the portal's SMS outbox, which the simulator's <c>/__test/sms?phone=</c> back door reads.
/// </summary>
internal static class OneStopAccounts
{
    private const int MinPassword = 8;
    private const int MaxPassword = 20;

    public static async Task SendCodeAsync(HandwrittenRequest request)
    {
        if (await JsonApi.ReadAsync(request) is not { } body)
        {
            return;
        }

        var phone = JsonApi.Text(body, "phone");
        if (!PhoneNumbers.IsMobile(phone))
        {
            await JsonApi.FailAsync(request, 1, "请输入正确的手机号码");
            return;
        }

        request.Runtime.Sms.Send(phone);
        await JsonApi.OkAsync(request, null, "验证码已发送");
    }

    public static async Task RegisterAsync(HandwrittenRequest request)
    {
        if (await JsonApi.ReadAsync(request) is not { } body)
        {
            return;
        }

        var phone = JsonApi.Text(body, "phone");
        var code = JsonApi.Text(body, "code");
        var password = body.TryGetProperty("password", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String ? p.GetString()! : "";
        var runtime = request.Runtime;
        var problem = !PhoneNumbers.IsMobile(phone) ? "请输入正确的手机号码"
            : password.Length is < MinPassword or > MaxPassword ? "登录密码须为8-20位"
            : runtime.Accounts.Exists(phone) ? "该手机号已注册，请直接登录"
            : !runtime.Sms.TryUse(phone, code) ? "短信验证码错误或已失效"
            : !runtime.Accounts.TryAdd(phone, password) ? "该手机号已注册，请直接登录"
            : null;
        await (problem is null ? JsonApi.OkAsync(request, null, "注册成功") : JsonApi.FailAsync(request, 2, problem));
    }

    public static async Task LoginAsync(HandwrittenRequest request)
    {
        if (await JsonApi.ReadAsync(request) is not { } body)
        {
            return;
        }

        var phone = JsonApi.Text(body, "phone");
        var password = body.TryGetProperty("password", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String ? p.GetString()! : "";
        if (!request.Runtime.Accounts.Verify(phone, password))
        {
            await JsonApi.FailAsync(request, 3, "手机号或密码错误");
            return;
        }

        await JsonApi.OkAsync(request, new { DisplayName = "用户" + PhoneNumbers.Mask(phone) }, "登录成功");
    }
}
