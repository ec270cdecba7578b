using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>GET /: the portal's front page with its entrances.</summary>
internal static class HomePage
{
    public static IResult Show(HttpContext http)
    {
        var portal = http.Portal().Personality;
        if (portal.Has(PortalFaults.Home))
        {
            return ErrorPage.Result(portal, StatusCodes.Status503ServiceUnavailable);
        }

        var city = Html.Encode(portal.CityName);
        var body = $"""
            <h1>欢迎访问{city}12345政务服务便民热线</h1>
            <p>12345热线受理企业和群众的咨询、投诉、建议、求助，7×24小时为您服务。</p>
            <ul class="entrances">
              <li><a href="/register">用户注册</a>：注册后可在线提交诉求、查询办理进度。</li>
              <li><a href="/appeal">我要反映</a>：在线提交咨询、投诉、建议、求助。</li>
              <li><a href="/progress">诉求查询</a>：凭工单编号查询办理进度。</li>
              <li><a href="/faq">常见问题</a>：查看热点问题解答。</li>
            </ul>
            """;
        return PageResult.Html(PageLayout.Render(portal, heading: null, body));
    }
}
