using System.Text;
using Microsoft.AspNetCore.Http;

namespace PortalProbe.Simulator.Pages;

/// <summary>Turns rendered HTML into a response.</summary>
internal static class PageResult
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static IResult Html(string html, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(html, HtmlContentType, Encoding.UTF8, statusCode);
}
