using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Registration;

namespace PortalProbe.Simulator.TestEndpoints;

/// <summary>
/// The harness's back door under /__test/: what a real phone would receive, and a liveness probe.
/// Faults never apply here, so a test can always ask a broken portal for its SMS code.
/// </summary>
internal static class TestRoutes
{
    public const string Prefix = "/__test";

    public static bool IsTestPath(PathString path) => path.StartsWithSegments(Prefix, StringComparison.Ordinal);

    public static IEndpointRouteBuilder MapTestEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Prefix + "/health", () => TypedResults.Text("ok", "text/plain; charset=utf-8"));
        routes.MapGet(Prefix + "/sms", LastSmsCode);
        routes.MapGet(Prefix + "/captcha", LastCaptcha);
        routes.MapPost(Prefix + "/attempts/reset", ResetAttempts);
        routes.MapClock();
        return routes;
    }

    private static ContentHttpResult LastCaptcha(HttpContext http) =>
        http.Portal().LastCaptcha is { } code
            ? TypedResults.Text(code, "text/plain; charset=utf-8")
            : TypedResults.Text("no captcha was shown", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);

    /// <summary>Starts this portal's attempt numbers (FlakyHome, intermittent links, jitter) at 1 again.</summary>
    private static ContentHttpResult ResetAttempts(HttpContext http)
    {
        http.Portal().Attempts.Reset();
        return TypedResults.Text("ok", "text/plain; charset=utf-8");
    }

    private static ContentHttpResult LastSmsCode(HttpContext http)
    {
        var phone = http.Request.Query["phone"].FirstOrDefault()?.Trim();
        if (!PhoneNumbers.IsMobile(phone))
        {
            return TypedResults.Text("phone must be 11 digits starting with 1", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var code = http.Portal().Sms.LastCode(phone!);
        return code is null
            ? TypedResults.Text("no code was sent to this phone", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound)
            : TypedResults.Text(code, "text/plain; charset=utf-8");
    }
}
