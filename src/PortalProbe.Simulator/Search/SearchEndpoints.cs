using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Disclosure;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Search;

/// <summary>The PC portal's /search (site search) and /hot (hot questions).</summary>
internal static class SearchEndpoints
{
    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        routes.MapPage("/search", ShowSearch);
        routes.MapPage("/hot", ShowHot);
        return routes;
    }

    /// <summary>The hits for <paramref name="query"/> on this portal, over what it publishes.</summary>
    public static IReadOnlyList<SearchHit> Hits(PortalRuntime runtime, string query)
    {
        var portal = runtime.Personality;
        var reports = portal.DataReports.IsPublished ? DisclosureLists.Reports(portal, runtime.AsOf) : [];
        var cases = portal.HotCases.IsPublished ? DisclosureLists.Cases(portal, runtime.AsOf) : [];
        return SiteSearch.Find(runtime.Context.Questions, reports, cases, query);
    }

    private static IResult ShowSearch(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (!portal.Search.HasFlag(SearchChannels.SiteSearch))
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var v = portal.Vocabulary;
        var query = http.Request.Query["q"].FirstOrDefault()?.Trim() ?? "";
        query = query.Length > SiteSearch.MaxQueryLength ? query[..SiteSearch.MaxQueryLength] : query;
        var results = query.Length == 0 ? "" : Results(v, Hits(runtime, query));
        var body = $"""
            <h1>{Html.Encode(v.Search)}</h1>
            <form id="{v.Id("search-form")}" method="get" action="/search">
              <input type="text" id="{v.Id("search-input")}" name="q" maxlength="{SiteSearch.MaxQueryLength}" value="{Html.Encode(query)}" placeholder="请输入关键词">
              <button type="submit" id="{v.Id("search-submit")}">搜索</button>
            </form>
            {results}
            """;
        return PageResult.Html(PageLayout.Render(portal, v.Search, body));
    }

    private static string Results(PortalVocabulary v, IReadOnlyList<SearchHit> hits) => hits.Count == 0
        ? $"""<p id="{v.Id("search-empty")}">未找到相关结果</p>"""
        : $"""<ul id="{v.Id("search-results")}" class="search-results">{string.Concat(hits.Select(h => $"<li><a href=\"{Href(h.Kind)}\">{Html.Encode(h.Title)}</a><p>{Html.Encode(h.Snippet)}</p></li>"))}</ul>""";

    private static string Href(HitKind kind) => kind switch
    {
        HitKind.Report => "/data/reports",
        HitKind.Case => "/data/cases",
        _ => "/faq",
    };

    private static IResult ShowHot(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (!portal.Search.HasFlag(SearchChannels.HotQuestions))
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var v = portal.Vocabulary;
        var items = string.Concat(runtime.Context.Questions.Questions.Select(q =>
            $"<li><span class=\"hot-q\">{Html.Encode(q.Question)}</span><p class=\"hot-a\">{Html.Encode(q.FaqAnswer)}</p></li>"));
        var body = $"""
            <h1>{Html.Encode(v.HotQuestions)}</h1>
            <ol id="{v.Id("hot-list")}" class="hot-list">{items}</ol>
            """;
        return PageResult.Html(PageLayout.Render(portal, v.HotQuestions, body));
    }
}
