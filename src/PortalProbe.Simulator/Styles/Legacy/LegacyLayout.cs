using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Styles.Legacy;

/// <summary>The legacy portal's frame: one centred table, a banner, a menu row (or column) and a footer; GBK.</summary>
internal static class LegacyLayout
{
    public static IResult Page(PortalPersonality portal, string heading, string body, int status = StatusCodes.Status200OK) =>
        Gbk.Html(Render(portal, heading, body), status);

    public static IResult Error(PortalPersonality portal, int status, string heading, string message) =>
        Page(portal, heading, $"""<table width="100%" class="err"><tr><td align="center"><font color="red" size="4"><b>{status} {Html.Encode(heading)}</b></font><br><span id="error-message">{Html.Encode(message)}</span><br><a href="/">返回首页</a></td></tr></table>""", status);

    /// <summary>A page that only shows an <c>alert()</c> and then goes back or on, as old portals answer a post.</summary>
    public static IResult Alert(string message, string then, int status = StatusCodes.Status200OK) =>
        Gbk.Html($"""
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>提示</title></head>
            <body><script language="javascript">alert('{Js(message)}');{then}</script><noscript>{Html.Encode(message)}</noscript></body></html>
            """, status);

    /// <summary>Escapes text for a single-quoted JavaScript string inside HTML.</summary>
    public static string Js(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)
        .Replace("<", "\\x3c", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    public static string Render(PortalPersonality portal, string heading, string body)
    {
        var site = Html.Encode(PageLayout.SiteName(portal));
        var menu = Menu(portal);
        var main = portal.Vocabulary.Layout == 1
            ? $"""<tr><td><table width="100%" cellpadding="6"><tr><td width="180" valign="top" class="menu">{menu}</td><td valign="top">{body}</td></tr></table></td></tr>"""
            : $"""<tr><td class="menu" bgcolor="#E8EEF7" height="32">{menu}</td></tr><tr><td valign="top" style="padding:12px">{body}</td></tr>""";
        return $"""
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=gbk">
            <title>{Html.Encode(heading)}--{site}</title>
            <style type="text/css">body{"{"}font-size:12px;font-family:宋体{"}"} td{"{"}font-size:12px{"}"} .menu a{"{"}margin:0 8px{"}"}</style>
            </head>
            <body bgcolor="#FFFFFF" topmargin="0">
            <table width="980" border="0" cellpadding="0" cellspacing="0" align="center">
            <tr><td height="80" bgcolor="#1F4E9A"><font size="5" color="#FFFFFF"><b>&nbsp;{site}</b></font></td></tr>
            {main}
            <tr><td align="center" class="foot" height="60" bgcolor="#F2F2F2">主办：{Html.Encode(portal.CityName)}人民政府办公室&nbsp;&nbsp;承办：{Html.Encode(portal.CityName)}12345政务服务便民热线<br>建议使用IE8及以上版本浏览器，1024×768分辨率</td></tr>
            </table>
            </body>
            </html>
            """;
    }

    private static string Menu(PortalPersonality portal)
    {
        var paths = PortalMarkup.Paths(portal);
        var items = PortalFunctions.Menu(portal).Select(f => $"<a href=\"{paths[f.Function]}\">{Html.Encode(f.Label)}</a>");
        return portal.Vocabulary.Layout == 1 ? string.Join("<br>", items) : string.Join("|", items);
    }
}
