namespace PortalProbe.Simulator.Pages;

/// <summary>A plain content page for link targets and external sites: a title, a heading and some text.</summary>
internal static class PlainPage
{
    public static string Render(string siteName, string heading, string bodyHtml) => $"""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{Html.Encode(heading)} - {Html.Encode(siteName)}</title>
        </head>
        <body>
        <div class="site-name">{Html.Encode(siteName)}</div>
        <h1>{Html.Encode(heading)}</h1>
        {bodyHtml}
        </body>
        </html>
        """;
}
