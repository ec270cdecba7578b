using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>The Chinese error pages a portal shows instead of a bare status code.</summary>
internal static class ErrorPage
{
    public static IResult Result(PortalPersonality? portal, int statusCode, string? message = null)
    {
        var (heading, defaultMessage) = Texts(statusCode);
        return portal?.Style switch
        {
            PortalStyle.PcLegacy => Styles.Legacy.LegacyLayout.Error(portal, statusCode, heading, message ?? defaultMessage),
            PortalStyle.WechatH5 or PortalStyle.AppH5 => PageResult.Html(
                PlainPage.Render(PageLayout.SiteName(portal), $"{statusCode} {heading}", $"<p id=\"error-message\">{Html.Encode(message ?? defaultMessage)}</p><p><a href=\"/\">返回首页</a></p>"),
                statusCode),
            _ => Pc(portal, statusCode, heading, message ?? defaultMessage),
        };
    }

    private static IResult Pc(PortalPersonality? portal, int statusCode, string heading, string message)
    {
        var body = $"""
            <h1 class="error-code">{statusCode} {Html.Encode(heading)}</h1>
            <p id="error-message">{Html.Encode(message)}</p>
            <p><a href="/">返回首页</a></p>
            """;
        return PageResult.Html(PageLayout.Render(portal, heading, body), statusCode);
    }

    private static (string Heading, string Message) Texts(int statusCode)
    {
        return statusCode switch
        {
            StatusCodes.Status400BadRequest => ("请求有误", "提交的内容格式不正确，请返回重新填写。"),
            StatusCodes.Status404NotFound => ("页面不存在", "您访问的页面不存在或已被删除，请返回首页。"),
            StatusCodes.Status405MethodNotAllowed => ("请求方式不支持", "该页面不支持此请求方式，请返回首页。"),
            StatusCodes.Status413PayloadTooLarge => ("提交内容过大", "提交的内容超出限制，请精简后重试。"),
            StatusCodes.Status503ServiceUnavailable => ("服务暂不可用", "系统正在升级维护，请稍后再试。"),
            >= 500 => ("系统错误", "系统繁忙，请稍后再试。"),
            _ => ("请求失败", "请求未能完成，请返回首页。"),
        };
    }
}
