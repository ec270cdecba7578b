using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.Appeals;

/// <summary>What a citizen typed into the appeal form.</summary>
internal sealed record AppealForm(string Type, string Title, string Content, string Phone, bool Agreed)
{
    public const int MaxTitleLength = 50;
    public const int MinContentLength = 10;
    public const int MaxContentLength = 2000;

    /// <summary>The appeal types, in the order the select lists them.</summary>
    public static readonly IReadOnlyList<string> Types = ["咨询", "投诉", "建议", "求助"];

    public static AppealForm Empty { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, Agreed: false);

    public static AppealForm Read(IFormCollection form) => new(
        FormInput.Value(form, "type"),
        FormInput.Value(form, "title"),
        FormInput.Value(form, "content"),
        FormInput.Value(form, "phone"),
        form.ContainsKey("agree"));

    /// <summary>The form from fields named by another style's vocabulary; <paramref name="value"/> gives "" when absent.</summary>
    public static AppealForm Read(Func<string, string> value, bool agreed) =>
        new(value("type"), value("title"), value("content"), value("phone"), agreed);

    /// <summary>Every problem with the form, in the order of the fields; empty when it can be accepted.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (!Types.Contains(Type))
        {
            errors.Add("请选择诉求类型");
        }

        if (Title.Length == 0)
        {
            errors.Add("请填写标题");
        }
        else if (Title.Length > MaxTitleLength)
        {
            errors.Add("标题不能超过50个字");
        }

        if (Content.Length < MinContentLength)
        {
            errors.Add("诉求内容不少于10个字");
        }
        else if (Content.Length > MaxContentLength)
        {
            errors.Add("诉求内容不能超过2000个字");
        }

        if (!PhoneNumbers.IsMobile(Phone))
        {
            errors.Add("联系电话格式不正确");
        }

        if (!Agreed)
        {
            errors.Add("请阅读并同意《用户服务协议》");
        }

        return errors;
    }
}
