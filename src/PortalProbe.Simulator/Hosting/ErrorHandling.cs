using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PortalProbe.Simulator.Pages;

namespace PortalProbe.Simulator.Hosting;

/// <summary>
/// Outermost middleware: a malformed request becomes a Chinese 400 page, an unexpected error a 500 page,
/// and a bare error status (no route, wrong method) gets the page a real portal would show.
/// </summary>
internal static class ErrorHandling
{
    public static async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var logger = http.RequestServices.GetRequiredService<ILogger<SimulatorHost>>();
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException error) when (!http.Response.HasStarted)
        {
            SimulatorLog.BadRequest(logger, http.Request.Method, http.Request.Path, error.Message);
            await ShowAsync(http, error.StatusCode);
            return;
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return; // the client went away; there is no one to answer
        }
#pragma warning disable CA1031 // A simulated portal must answer every request with a page, whatever went wrong.
        catch (Exception error) when (!http.Response.HasStarted)
#pragma warning restore CA1031
        {
            SimulatorLog.UnhandledError(logger, error, http.Request.Method, http.Request.Path);
            await ShowAsync(http, StatusCodes.Status500InternalServerError);
            return;
        }

        if (http.Response is { HasStarted: false, StatusCode: >= 400, ContentType: null }
            && !http.RequestAborted.IsCancellationRequested)
        {
            await ShowAsync(http, http.Response.StatusCode);
        }
    }

    private static Task ShowAsync(HttpContext http, int statusCode)
    {
        http.Response.Clear();
        var portal = http.Features.Get<PortalRuntime>()?.Personality;
        return ErrorPage.Result(portal, statusCode).ExecuteAsync(http);
    }
}
