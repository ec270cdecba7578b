using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>GET /faq: the question bank's questions with their first accurate answer.</summary>
internal static class FaqPage
{
    public static IResult Show(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (!portal.Search.HasFlag(SearchChannels.Faq))
        {
            return ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var items = string.Concat(runtime.Context.Questions.Questions.Select(q =>
            $"<dt>{Html.Encode(q.Question)}</dt><dd>{Html.Encode(q.FaqAnswer)}</dd>"));
        var body = $"""
            <h1>{Html.Encode(portal.Vocabulary.Faq)}</h1>
            <dl class="faq" id="{portal.Vocabulary.Id("faq-list")}">{items}</dl>
            """;
        return PageResult.Html(PageLayout.Render(portal, portal.Vocabulary.Faq, body));
    }
}
