using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using PortalProbe.Simulator.Clock;
using PortalProbe.Simulator.Hosting;

namespace PortalProbe.Simulator.TestEndpoints;

/// <summary>
/// <c>GET /__test/clock</c> (the host's time in Beijing, ISO 8601) and <c>POST /__test/clock?advance=3d</c> (moves
/// the clock and answers the new time). Only when the host's TimeProvider is a <see cref="SimulatorClock"/>;
/// with any other clock both answer 404, because nothing else can be moved.
/// </summary>
internal static class ClockRoutes
{
    private const string Path = TestRoutes.Prefix + "/clock";
    private const string TextType = "text/plain; charset=utf-8";

    public static IEndpointRouteBuilder MapClock(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, Now);
        routes.MapPost(Path, Advance);
        return routes;
    }

    private static ContentHttpResult Now(HttpContext http) =>
        http.Portal().Context.Time is SimulatorClock clock
            ? TypedResults.Text(Format(clock), TextType)
            : NotMovable();

    private static ContentHttpResult Advance(HttpContext http)
    {
        if (http.Portal().Context.Time is not SimulatorClock clock)
        {
            return NotMovable();
        }

        var by = ClockDurations.TryParse(http.Request.Query["advance"].FirstOrDefault());
        if (by is null)
        {
            return TypedResults.Text("advance must be a duration such as 3d, 36h, 90m, 30s or 1.12:00:00, at most 400 days", TextType, statusCode: StatusCodes.Status400BadRequest);
        }

        clock.Advance(by.Value);
        return TypedResults.Text(Format(clock), TextType);
    }

    private static string Format(SimulatorClock clock) =>
        ChinaTime.ToShanghai(clock.GetUtcNow()).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static ContentHttpResult NotMovable() =>
        TypedResults.Text("the simulator's clock is not a SimulatorClock, so it cannot be moved", TextType, statusCode: StatusCodes.Status404NotFound);
}
