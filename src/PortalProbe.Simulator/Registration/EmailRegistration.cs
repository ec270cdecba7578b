using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Accounts;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Registration;

/// <summary>What a citizen typed into an e-mail registration form.</summary>
internal sealed record EmailRegistration(string Email, string Password, string Confirm)
{
    public static EmailRegistration Read(IFormCollection form) => new(
        FormInput.Value(form, "email"),
        form["password"].FirstOrDefault() ?? string.Empty,
        form["confirm"].FirstOrDefault() ?? string.Empty);

    public static EmailRegistration Read(Func<string, string> value, string password, string confirm) => new(value("email"), password, confirm);

    /// <summary>True for something@domain.tld of printable ASCII, at most 100 characters.</summary>
    public static bool IsEmail(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return text.Length <= 100 && at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1
            && !text.EndsWith('.') && text.All(c => c > ' ' && c < 127);
    }

    public IReadOnlyList<string> Validate(AccountBook accounts)
    {
        var errors = new List<string>();
        if (!IsEmail(Email))
        {
            errors.Add("邮箱格式不正确");
        }
        else if (accounts.Exists(Email))
        {
            errors.Add("该邮箱已注册");
        }

        if (Password.Length < RegistrationForm.MinPasswordLength)
        {
            errors.Add("密码至少8位");
        }
        else if (!string.Equals(Password, Confirm, StringComparison.Ordinal))
        {
            errors.Add("两次输入的密码不一致");
        }

        return errors;
    }
}
