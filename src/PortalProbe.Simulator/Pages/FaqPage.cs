using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;

namespace PortalProbe.Simulator.Pages;

/// <summary>GET /faq: a short static list of frequently asked questions.</summary>
internal static class FaqPage
{
    private static readonly (string Question, string Answer)[] Entries =
    [
        ("如何注册账号？", "点击“用户注册”，填写手机号并获取短信验证码，设置不少于8位的密码即可完成注册。"),
        ("诉求提交后多久答复？", "一般诉求在5个工作日内答复，复杂诉求会告知办理时限。"),
        ("如何查询办理进度？", "点击“诉求查询”，输入提交成功后获得的工单编号即可查询。"),
        ("企业开办一件事怎么办理？", "可通过政务服务网“企业开办一件事”专区一次申报，营业执照、印章、发票等一网通办。"),
    ];

    public static IResult Show(HttpContext http)
    {
        var items = string.Concat(Entries.Select(e =>
            $"<dt>{Html.Encode(e.Question)}</dt><dd>{Html.Encode(e.Answer)}</dd>"));
        var body = $"""
            <h1>常见问题</h1>
            <dl class="faq">{items}</dl>
            """;
        return PageResult.Html(PageLayout.Render(http.Portal().Personality, "常见问题", body));
    }
}
