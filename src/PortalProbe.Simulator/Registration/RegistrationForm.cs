using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Registration;

/// <summary>What a citizen typed into the registration form.</summary>
internal sealed record RegistrationForm(string Phone, string Code, string Password)
{
    public const int MinPasswordLength = 8;

    public static RegistrationForm Read(IFormCollection form) =>
        new(FormInput.Value(form, "phone"), FormInput.Value(form, "code"), form["password"].FirstOrDefault() ?? string.Empty);

    /// <summary>The form from fields named by another style; <paramref name="value"/> gives "" when absent.</summary>
    public static RegistrationForm Read(Func<string, string> value, string password) => new(value("phone"), value("code"), password);

    /// <summary>Every problem with the form, in the order of the fields; empty when it can be accepted.</summary>
    public IReadOnlyList<string> Validate(SmsOutbox sms)
    {
        var errors = new List<string>();
        var phoneOk = PhoneNumbers.IsMobile(Phone);
        if (Phone.Length == 0)
        {
            errors.Add("请输入手机号");
        }
        else if (!phoneOk)
        {
            errors.Add("手机号格式不正确");
        }

        if (Code.Length == 0)
        {
            errors.Add("请输入短信验证码");
        }
        else if (phoneOk && !sms.Matches(Phone, Code))
        {
            errors.Add("验证码错误");
        }

        if (Password.Length < MinPasswordLength)
        {
            errors.Add("密码至少8位");
        }

        return errors;
    }
}
