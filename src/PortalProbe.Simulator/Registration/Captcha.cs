using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Faults;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Personalities;

namespace PortalProbe.Simulator.Registration;

/// <summary>
/// An image captcha: four digits drawn with noise in an SVG. The code is derived from (seed, city, attempt), and
/// the last one shown is kept for the <c>/__test/captcha</c> back door; a script must treat it as needing a person.
/// </summary>
internal static class Captcha
{
    public static IResult Show(HttpContext http)
    {
        var runtime = http.Portal();
        var portal = runtime.Personality;
        if (portal.Registration != RegistrationMode.Captcha)
        {
            return Pages.ErrorPage.Result(portal, StatusCodes.Status404NotFound);
        }

        var attempt = RequestFaults.AttemptOf(http);
        var code = string.Concat(Enumerable.Range(0, 4).Select(i =>
            (char)('0' + FaultSchedule.Roll(portal.Faults.Seed, portal.CityCode, "captcha" + i.ToString(CultureInfo.InvariantCulture), attempt) % 10)));
        runtime.LastCaptcha = code;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text(Svg(code), "image/svg+xml; charset=utf-8");
    }

    public static bool Matches(PortalRuntime runtime, string typed) =>
        runtime.LastCaptcha is { } code && string.Equals(code, typed, StringComparison.Ordinal);

    private static string Svg(string code)
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"36\"><rect width=\"100\" height=\"36\" fill=\"#eef\"/>");
        for (var i = 0; i < code.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{12 + (i * 20)}\" y=\"{24 + ((i % 2) * 4)}\" font-size=\"22\" transform=\"rotate({(i * 17 % 30) - 15} {20 + (i * 20)} 18)\" fill=\"#336\">{code[i]}</text>");
        }

        svg.Append("<line x1=\"0\" y1=\"10\" x2=\"100\" y2=\"28\" stroke=\"#99a\"/><line x1=\"0\" y1=\"30\" x2=\"100\" y2=\"6\" stroke=\"#a99\"/></svg>");
        return svg.ToString();
    }
}
