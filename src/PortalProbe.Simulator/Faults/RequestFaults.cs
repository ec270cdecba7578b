using Microsoft.AspNetCore.Http;
using PortalProbe.Simulator.Hosting;
using PortalProbe.Simulator.Pages;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.TestEndpoints;

namespace PortalProbe.Simulator.Faults;

/// <summary>
/// Middleware for the deterministic faults of every portal request outside <c>/__test/</c>: numbers the attempt for
/// the path, waits the latency, fails the home page of a <see cref="PortalFaults.FlakyHome"/> portal on odd attempts and
/// of a <see cref="PortalFaults.HomeOutage"/> portal on the first,
/// and answers the transient 5xx of <see cref="FaultPlan.TransientErrorWindow"/>.
/// </summary>
internal static class RequestFaults
{
    private const string AttemptKey = "PortalProbe.Attempt";

    /// <summary>The attempt counter's key for the portal's eligible requests (no path starts with a NUL).</summary>
    private const string TransientKey = "\0transient";

    /// <summary>The attempt number of this request for its path (0 for back-door requests).</summary>
    public static int AttemptOf(HttpContext http) => http.Items.TryGetValue(AttemptKey, out var value) && value is int n ? n : 0;

    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (TestRoutes.IsTestPath(http.Request.Path))
        {
            await next(http);
            return;
        }

        var runtime = http.Portal();
        var portal = runtime.Personality;
        var path = http.Request.Path.Value ?? "/";
        var attempt = runtime.Attempts.Next(path);
        http.Items[AttemptKey] = attempt;
        if (portal.Faults.Latency is { IsSet: true } latency)
        {
            var delay = latency.FixedMs + FaultSchedule.Jitter(portal.Faults.Seed, portal.CityCode, path, attempt, latency.JitterMs);
            await Task.Delay(delay, http.RequestAborted);
        }

        if (path == "/" && HomeFails(portal, attempt))
        {
            await ErrorPage.Result(portal, StatusCodes.Status503ServiceUnavailable).ExecuteAsync(http);
            return;
        }

        if (portal.Faults.TransientErrorWindow > 0 && TransientEligible(http.Request, path))
        {
            var number = runtime.Attempts.Next(TransientKey);
            if (FaultSchedule.TransientFails(portal.Faults.Seed, portal.CityCode, number, portal.Faults.TransientErrorWindow))
            {
                await ErrorPage.Result(portal, FaultSchedule.TransientStatus(portal.Faults.Seed, portal.CityCode, number)).ExecuteAsync(http);
                return;
            }
        }

        await next(http);
    }

    private static bool HomeFails(PortalPersonality portal, int attempt) =>
        (portal.Has(PortalFaults.FlakyHome) && FaultSchedule.FlakyHomeFails(attempt))
        || (portal.Has(PortalFaults.HomeOutage) && FaultSchedule.HomeOutageFails(attempt));

    /// <summary>
    /// Page reads only: posts (login, chatbot questions, submissions) carry a person's input and are never hit, and
    /// neither are the entry pages, whose failures the 5% availability rule counts as downtime (that is the business of
    /// <see cref="PortalFaults.FlakyHome"/> and <see cref="PortalFaults.HomeOutage"/>, each with its own ground truth).
    /// </summary>
    private static bool TransientEligible(HttpRequest request, string path) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && path is not ("/" or "/app/");
}
