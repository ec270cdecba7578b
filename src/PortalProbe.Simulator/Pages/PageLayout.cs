using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Pages;

/// <summary>The frame every page shares: header bar, nav, footer and a little CSS.</summary>
internal static class PageLayout
{
    private const string Style = """
        body{margin:0;font-family:"PingFang SC","Microsoft YaHei",sans-serif;background:#f4f6f9;color:#333}
        header{background:#c8161d;color:#fff;padding:18px 32px;font-size:24px;font-weight:bold;letter-spacing:2px}
        nav{background:#fff;border-bottom:1px solid #ddd;padding:0 32px}
        nav a{display:inline-block;padding:12px 18px;color:#333;text-decoration:none}
        nav a:hover{color:#c8161d}
        main{max-width:880px;margin:24px auto;background:#fff;padding:24px 32px;border-radius:4px;min-height:320px}
        footer{text-align:center;color:#888;font-size:13px;padding:24px}
        .field{margin:14px 0}.field label{display:inline-block;width:110px}
        input[type=text],input[type=tel],input[type=password],select,textarea{padding:6px;border:1px solid #ccc;border-radius:3px;width:320px}
        textarea{height:120px;vertical-align:top}
        button{background:#c8161d;color:#fff;border:0;border-radius:3px;padding:8px 22px;cursor:pointer}
        button.secondary{background:#fff;color:#c8161d;border:1px solid #c8161d;padding:6px 12px}
        .errors{background:#fff1f0;border:1px solid #ffa39e;color:#cf1322;padding:8px 16px;margin-bottom:12px}
        .notice{color:#389e0d;margin-left:8px}
        table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:6px 12px;text-align:left}
        """;

    /// <summary>The menu: the first portal's five entries (as the personality keeps them), then any further functions.</summary>
    private static string Nav(PortalPersonality? portal)
    {
        var links = string.Concat(PcMenu.Entries(portal).Select(e => $"<a href=\"{e.Href}\">{Html.Encode(e.Label)}</a>"));
        return portal?.Vocabulary.Layout == 1 ? $"<nav class=\"menu-side\">{links}</nav>" : $"<nav>{links}</nav>";
    }

    /// <summary>The site's name, e.g. 杭州市12345政务服务便民热线.</summary>
    public static string SiteName(PortalPersonality? portal) => $"{portal?.CityName}12345政务服务便民热线";

    /// <summary>A whole page; <paramref name="heading"/> prefixes the title unless null (the home page).</summary>
    public static string Render(PortalPersonality? portal, string? heading, string body, string script = "")
    {
        var site = Html.Encode(SiteName(portal));
        var title = heading is null ? site : $"{Html.Encode(heading)} - {site}";
        var city = Html.Encode(portal?.CityName);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{title}}</title>
            <style>{{Style}}</style>
            </head>
            <body>
            <header>{{site}}</header>
            {{Nav(portal)}}
            <main>
            {{body}}
            </main>
            <footer>主办单位：{{city}}人民政府办公室　承办单位：{{city}}12345政务服务便民热线　服务热线：12345</footer>
            {{script}}
            </body>
            </html>
            """;
    }
}
