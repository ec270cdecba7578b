using System.Globalization;
using System.Text;
using PortalProbe.Simulator.Faults;

namespace PortalProbe.Simulator.Handwritten.Internal;

/// <summary>
/// The old portal's 验证码 image: four digits on a speckled ground, the code derived from (city, attempt) and kept
/// as the portal's last captcha for the simulator's <c>/__test/captcha</c> back door. A script must hand it to a person.
/// </summary>
internal static class CodeImage
{
    public static Task ShowAsync(HandwrittenRequest request)
    {
        var runtime = request.Runtime;
        var city = runtime.Personality.CityCode;
        var attempt = RequestFaults.AttemptOf(request.Http);
        var code = string.Concat(Enumerable.Range(0, 4).Select(i =>
            (char)('0' + (FaultSchedule.Roll(runtime.Personality.Faults.Seed, city, "yzm" + i.ToString(CultureInfo.InvariantCulture), attempt) % 10))));
        runtime.LastCaptcha = code;
        var http = request.Http;
        http.Response.ContentType = "image/svg+xml";
        http.Response.Headers.CacheControl = "no-store";
        return http.Response.WriteAsync(Svg(code, city, attempt), Encoding.UTF8, request.Aborted);
    }

    /// <summary>True when <paramref name="typed"/> is the code last shown; the code is used up either way.</summary>
    public static bool TryUse(Hosting.PortalRuntime runtime, string typed)
    {
        var shown = runtime.LastCaptcha;
        runtime.LastCaptcha = null;
        return shown is not null && string.Equals(shown, typed, StringComparison.Ordinal);
    }

    private static string Svg(string code, string city, int attempt)
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"64\" height=\"22\"><rect width=\"64\" height=\"22\" fill=\"#f0f0e0\"/>");
        for (var i = 0; i < 30; i++)
        {
            var x = FaultSchedule.Roll(0, city, "dotx" + i.ToString(CultureInfo.InvariantCulture), attempt) * 64 / 100;
            var y = FaultSchedule.Roll(0, city, "doty" + i.ToString(CultureInfo.InvariantCulture), attempt) * 22 / 100;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"1\" height=\"1\" fill=\"#888\"/>");
        }

        string[] colours = ["#a00", "#060", "#00a", "#850"];
        for (var i = 0; i < code.Length; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{4 + (i * 15)}\" y=\"{16 + (i % 2 * 3)}\" font-family=\"serif\" font-size=\"16\" font-style=\"italic\" fill=\"{colours[i]}\">{code[i]}</text>");
        }

        return svg.Append("</svg>").ToString();
    }
}
