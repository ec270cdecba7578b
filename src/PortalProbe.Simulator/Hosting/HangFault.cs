using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Personalities;
using PortalProbe.Simulator.TestEndpoints;

namespace PortalProbe.Simulator.Hosting;

/// <summary>
/// Middleware for <see cref="PortalFaults.Hang"/>: the request never gets an answer. It ends when the client
/// gives up or the host stops, so shutting down never waits for a hung request.
/// </summary>
internal static class HangFault
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var portal = http.Portal();
        if (!portal.Personality.Has(PortalFaults.Hang) || TestRoutes.IsTestPath(http.Request.Path))
        {
            await next(http);
            return;
        }

        var logger = http.RequestServices.GetRequiredService<ILogger<SimulatorHost>>();
        SimulatorLog.Hanging(logger, portal.Personality.CityCode, http.Request.Method, http.Request.Path);
        var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var hang = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, hang.Token);
        }
        catch (OperationCanceledException)
        {
            // The client gave up or the host is stopping: either way the hang is over.
        }

        // Never answer: a hung portal gives the client nothing, not even an empty 200.
        http.Abort();
    }
}
