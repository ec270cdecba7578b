using System.Text;
using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The pages the old letter portal's servlets answer with, in the look of its hand-written site: a message box,
/// often preceded by an <c>alert()</c> and followed by a jump, as such portals do.
/// </summary>
internal static class OldPage
{
    /// <summary>An alert, then <paramref name="then"/> (e.g. <c>history.back();</c>); the body says the same for a reader without scripts.</summary>
    public static Task AlertAsync(HandwrittenRequest request, string message, string then, string bodyHtml = "") =>
        WriteAsync(request, "提示信息", $"<script type=\"text/javascript\">alert('{Js(message)}');{then}</script>",
            bodyHtml.Length > 0 ? bodyHtml : $"<p class=\"err\">{Html.Encode(message)}</p><p><a href=\"javascript:history.back()\">返回</a></p>");

    public static Task WriteAsync(HandwrittenRequest request, string heading, string script, string bodyHtml)
    {
        var html = $"""
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
            <html>
            <head>
            <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
            <title>{Html.Encode(heading)}-{Html.Encode(request.Portal.Personality.CityName)}12345政府服务热线</title>
            <link href="/nn.css" rel="stylesheet" type="text/css">
            </head>
            <body>
            {script}
            <div id="wrap">
            <div id="top"><h1>{Html.Encode(request.Portal.Personality.CityName)}12345政府服务热线</h1><span>市民来信 · 为民服务</span></div>
            <div id="menu"><a href="/index.htm">网站首页</a><a href="/wyxx.htm">我要写信</a><a href="/xjcx.htm">信件查询</a></div>
            <div id="body"><div class="box"><h3>{Html.Encode(heading)}</h3><div class="in">
            {bodyHtml}
            </div></div></div>
            </div>
            </body>
            </html>
            """;
        var http = request.Http;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(html, Encoding.UTF8, request.Aborted);
    }

    /// <summary>Text safe inside a single-quoted JavaScript string inside an HTML script element.</summary>
    public static string Js(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\'' => @"\'",
                '"' => @"\x22",
                '<' => @"\x3c",
                '>' => @"\x3e",
                '\n' => @"\n",
                '\r' => @"\r",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }
}
