using Kelas.Core.Commands;
using Kelas.Shad.Directory;
using Kelas.Shad.Events;
using Kelas.Shad.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Kelas.Shad;

/// <summary>
/// <c>GET /kelas/shad/launch?event=&lt;landing id&gt;&amp;user=&lt;directory id&gt;</c>: what the Shad app's event box does,
/// for operators. Header <c>X-Kelas-Operator-Key</c>; 302 to the landing URL, or JSON with <c>format=json</c>.
/// Without <c>Shad:OperatorKey</c> configured the endpoint does not exist.
/// </summary>
internal static class ShadLaunchApi
{
    public const string Path = "/kelas/shad/launch";
    public const string KeyHeader = "X-Kelas-Operator-Key";

    public static IEndpointRouteBuilder MapShadLaunch(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, LaunchAsync);
        return app;
    }

    private static async Task<IResult> LaunchAsync(HttpContext http, LaunchLinks links, IOptions<ShadOptions> options, CancellationToken cancellationToken)
    {
        var configured = options.Value.OperatorKey;
        if (string.IsNullOrEmpty(configured))
        {
            return Results.NotFound();
        }

        var presented = http.Request.Headers[KeyHeader].ToString();
        if (!ApiKeys.TextEquals(presented, configured))
        {
            return Error(StatusCodes.Status401Unauthorized, $"Send the operator key in the {KeyHeader} header.");
        }

        var query = http.Request.Query;
        if (LoginRequest.ParseNumber(query["event"]) is not { } landingId || LoginRequest.ParseNumber(query["user"]) is not { } userId)
        {
            return Error(StatusCodes.Status400BadRequest, "Give event=<landing id> and user=<directory id>.");
        }

        LaunchLinks.Launch launch;
        try
        {
            launch = await links.CreateAsync(landingId, userId, cancellationToken);
        }
        catch (OperatorException exception)
        {
            return Error(StatusCodes.Status404NotFound, exception.Message);
        }

        return string.Equals(query["format"], "json", StringComparison.OrdinalIgnoreCase)
            ? Results.Json(new LaunchAnswer(launch.Url, launch.HashedId, launch.LandingId, launch.UserId), ShadJsonContext.Wire.LaunchAnswer)
            : Results.Redirect(launch.Url);
    }

    private static IResult Error(int status, string message) =>
        Results.Json(new LaunchError(message), ShadJsonContext.Wire.LaunchError, statusCode: status);
}
