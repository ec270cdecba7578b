using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Links;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>GET /: the portal's front page with its entrances, its enterprise entrance and its 相关链接.</summary>
internal static class HomePage
{
    public static IResult Show(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Has(PortalFaults.Home))
        {
            return ErrorPage.Result(portal, StatusCodes.Status503ServiceUnavailable);
        }

        var v = portal.Vocabulary;
        var city = Html.Encode(portal.CityName);
        var entrances = string.Concat(Entrances(portal).Select(e => $"\n  <li><a href=\"{e.Href}\">{Html.Encode(e.Label)}</a>：{Html.Encode(e.Text)}</li>"));
        var enterprise = portal.EnterpriseEntrance
            ? $"""<div class="enterprise" id="{v.Id("enterprise-entry")}"><a href="/enterprise">{Html.Encode(v.Enterprise)}</a>：企业诉求“一键直达”。</div>"""
            : "";
        var links = portal.Links.Count == 0
            ? ""
            : $"""<h2>{Html.Encode(v.Links)}</h2><ul id="{v.Id("links")}" class="links">{string.Concat(portal.Links.Select(l => $"<li><a class=\"link\" href=\"{Html.Encode(LinkRoutes.Href(runtime, l))}\">{Html.Encode(l.Text)}</a></li>"))}</ul>""";
        var body = $"""
            <h1>欢迎访问{city}12345政务服务便民热线</h1>
            <p>12345热线受理企业和群众的咨询、投诉、建议、求助，7×24小时为您服务。</p>
            <ul class="entrances">{entrances}
            </ul>
            {enterprise}{links}
            """;
        return PageResult.Html(PageLayout.Render(portal, heading: null, body));
    }

    private static IEnumerable<(string Href, string Label, string Text)> Entrances(PortalPersonality portal)
    {
        var v = portal.Vocabulary;
        if (portal.Registration != RegistrationMode.None)
        {
            yield return ("/register", v.Register, "注册后可在线提交诉求、查询办理进度。");
        }

        if (portal.Submission != SubmissionMode.None)
        {
            yield return ("/appeal", v.Appeal, "在线提交咨询、投诉、建议、求助。");
        }

        if (portal.Progress != ProgressMode.None)
        {
            yield return ("/progress", v.Progress, "凭工单编号查询办理进度。");
        }

        if (portal.Search.HasFlag(SearchChannels.Faq))
        {
            yield return ("/faq", v.Faq, "查看热点问题解答。");
        }

        if (portal.Chatbot != ChatbotMode.None)
        {
            yield return ("/chat", v.Chatbot, "7×24小时智能问答。");
        }
    }
}
