using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Chatbot;
using PortalProbe.Simulator.Disclosure;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Links;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.Search;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>The legacy portal's home page, chatbot, search, lists and enterprise page.</summary>
internal static class LegacyInfo
{
    public static IResult Home(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (portal.Has(PortalFaults.Home))
        {
            return ErrorPage.Result(portal, StatusCodes.Status503ServiceUnavailable);
        }

        var id = PortalMarkup.Ids(portal);
        var paths = PortalMarkup.Paths(portal);
        var cells = string.Concat(PortalFunctions.Menu(portal).Skip(1).Select(f =>
            $"<td align=\"center\" width=\"120\" height=\"60\" bgcolor=\"#F2F6FC\"><a href=\"{paths[f.Function]}\"><b>{Html.Encode(f.Label)}</b></a></td>"));
        var enterprise = portal.EnterpriseEntrance
            ? $"<p><a id=\"{id["enterprise.entry"]}\" href=\"{paths["enterprise"]}\"><font color=\"#C00000\"><b>{Html.Encode(portal.Vocabulary.Enterprise)}</b></font></a>&nbsp;企业诉求一键直达</p>"
            : "";
        var links = portal.Links.Count == 0
            ? ""
            : $"<table id=\"{id["links.list"]}\" width=\"100%\" border=\"0\"><tr><td bgcolor=\"#E8EEF7\"><b>{Html.Encode(portal.Vocabulary.Links)}</b></td></tr>"
              + string.Concat(portal.Links.Select(l => $"<tr><td>·<a href=\"{Html.Encode(LinkRoutes.Href(runtime, l))}\" target=\"_blank\">{Html.Encode(l.Text)}</a></td></tr>"))
              + "</table>";
        var body = $"""
            <p>欢迎访问{Html.Encode(portal.CityName)}12345政务服务便民热线网站！热线受理咨询、投诉、建议、求助。</p>
            <table border="0" cellspacing="6"><tr>{cells}</tr></table>
            {enterprise}{links}
            """;
        return LegacyLayout.Page(portal, "首页", body);
    }

    public static IResult Robot(HttpContext http, PortalRuntime runtime) => RobotPage(runtime, null, null);

    public static IResult Ask(HttpContext http, PortalRuntime runtime, IReadOnlyDictionary<string, string> form)
    {
        var id = PortalMarkup.Ids(runtime.Personality);
        var question = Gbk.Value(form, id["chat.input"]);
        question = question.Length > ChatEndpoints.MaxMessageLength ? question[..ChatEndpoints.MaxMessageLength] : question;
        var answer = question.Length == 0 ? null : ChatbotReplies.Reply(runtime.Personality, runtime.Context.Questions, question);
        return RobotPage(runtime, question, answer);
    }

    public static IResult Search(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (!portal.Search.HasFlag(SearchChannels.SiteSearch))
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var keyword = Gbk.Value(Gbk.Query(http.Request), id["search.input"]);
        keyword = keyword.Length > SiteSearch.MaxQueryLength ? keyword[..SiteSearch.MaxQueryLength] : keyword;
        var hits = keyword.Length == 0 ? [] : SearchEndpoints.Hits(runtime, keyword);
        var results = keyword.Length == 0
            ? ""
            : hits.Count == 0
                ? $"<p id=\"{id["search.empty"]}\">未找到相关结果</p>"
                : $"<table id=\"{id["search.results"]}\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                  + string.Concat(hits.Select(h => $"<tr><td><b>{Html.Encode(h.Title)}</b><br>{Html.Encode(h.Snippet)}</td></tr>")) + "</table>";
        var body = $"""
            <form method="get" action="/search.do">{Html.Encode(portal.Vocabulary.Search)}：<input type="text" id="{id["search.input"]}" name="{id["search.input"]}" value="{Html.Encode(keyword)}" size="40">
            <input type="submit" id="{id["search.submit"]}" value="搜 索"></form>
            {results}
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Search, body);
    }

    public static IResult Faq(HttpContext http, PortalRuntime runtime) =>
        QuestionList(runtime, SearchChannels.Faq, runtime.Personality.Vocabulary.Faq, "faq.list");

    public static IResult Hot(HttpContext http, PortalRuntime runtime) =>
        QuestionList(runtime, SearchChannels.HotQuestions, runtime.Personality.Vocabulary.HotQuestions, "hot.list");

    public static IResult Reports(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        return portal.DataReports.IsPublished
            ? List(portal, portal.Vocabulary.Reports, "reports.list", DisclosureLists.Reports(portal, runtime.AsOf), portal.DataReports.DateStyle)
            : ErrorPage.Result(portal, StatusCodes.Status404NotFound);
    }

    public static IResult Cases(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        return portal.HotCases.IsPublished
            ? List(portal, portal.Vocabulary.Cases, "cases.list", DisclosureLists.Cases(portal, runtime.AsOf), portal.HotCases.DateStyle)
            : ErrorPage.Result(portal, StatusCodes.Status404NotFound);
    }

    public static IResult Enterprise(HttpContext http, PortalRuntime runtime)
    {
        var portal = runtime.Personality;
        if (!portal.EnterpriseEntrance)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var appeal = portal.Submission == SubmissionMode.None ? "企业诉求请拨打12345热线。" : "<a href=\"/zxts/appeal.do\">企业诉求一键直达</a>";
        var body = $"<table width=\"100%\"><tr><td bgcolor=\"#E8EEF7\"><b id=\"{id["enterprise.title"]}\">{Html.Encode(portal.Vocabulary.Enterprise)}</b></td></tr><tr><td>为企业提供政策咨询、诉求反映一站式服务。{appeal}</td></tr></table>";
        return LegacyLayout.Page(portal, portal.Vocabulary.Enterprise, body);
    }

    private static IResult RobotPage(PortalRuntime runtime, string? question, string? answer)
    {
        var portal = runtime.Personality;
        if (portal.Chatbot == ChatbotMode.None)
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var exchange = question is null
            ? $"<tr><td>机器人：{Html.Encode(ChatbotReplies.Greeting)}</td></tr>"
            : $"<tr><td>您问：{Html.Encode(question)}</td></tr>" + (answer is null ? "" : $"<tr><td>机器人：<span class=\"answer\">{Html.Encode(answer)}</span></td></tr>");
        var body = $"""
            <table id="{id["chat.log"]}" width="100%" border="1" cellspacing="0" cellpadding="6" bordercolor="#CCCCCC">{exchange}</table>
            <form method="post" action="/zxts/robot.do">{Html.Encode(portal.Vocabulary.Chatbot)}：<input type="text" id="{id["chat.input"]}" name="{id["chat.input"]}" size="60" maxlength="{ChatEndpoints.MaxMessageLength}">
            <input type="submit" id="{id["chat.send"]}" value="提 问"></form>
            """;
        return LegacyLayout.Page(portal, portal.Vocabulary.Chatbot, body);
    }

    private static IResult QuestionList(PortalRuntime runtime, SearchChannels channel, string heading, string key)
    {
        var portal = runtime.Personality;
        if (!portal.Search.HasFlag(channel))
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var id = PortalMarkup.Ids(portal);
        var rows = string.Concat(runtime.Context.Questions.Questions.Select(q =>
            $"<tr><td><b>问：{Html.Encode(q.Question)}</b><br>答：{Html.Encode(q.FaqAnswer)}</td></tr>"));
        return LegacyLayout.Page(portal, heading, $"<table id=\"{id[key]}\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" bordercolor=\"#CCCCCC\">{rows}</table>");
    }

    private static IResult List(PortalPersonality portal, string heading, string key, IReadOnlyList<DisclosureItem> items, DateStyle style)
    {
        var id = PortalMarkup.Ids(portal);
        var rows = string.Concat(items.Select(i =>
            $"<tr><td class=\"title\">·{Html.Encode(i.Title)}</td><td class=\"date\" width=\"160\" align=\"right\">{Html.Encode(DateFormats.Of(i, style))}</td></tr>"));
        var body = $"<table width=\"100%\"><tr><td bgcolor=\"#E8EEF7\"><b>{Html.Encode(heading)}</b></td></tr></table><table id=\"{id[key]}\" width=\"100%\" border=\"0\" cellpadding=\"4\">{rows}</table>";
        return LegacyLayout.Page(portal, heading, body);
    }
}
