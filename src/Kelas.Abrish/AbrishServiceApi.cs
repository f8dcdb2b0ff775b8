using Kelas.Abrish.Data;
using Kelas.Abrish.Security;
using Kelas.Abrish.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Kelas.Abrish;

/// <summary><c>POST /service.php</c>: fields <c>params</c> and <c>checksum</c>; authentication, hardening, then the action table.</summary>
internal static partial class AbrishServiceApi
{
    public const string Path = "/service.php";

    // Verifying against this key when the registrant is unknown keeps both failures equally expensive.
    private const string AbsentRegistrantKey = "kelas-abrish-absent-registrant-key";

    public static IEndpointRouteBuilder MapAbrishService(this IEndpointRouteBuilder app)
    {
        app.Map(Path, HandleAsync);
        return app;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            return AbrishAnswer.Error(AbrishMessages.PostOnly);
        }

        var services = http.RequestServices;
        var options = services.GetRequiredService<IOptions<AbrishOptions>>().Value;
        var fields = await ServiceRequestReader.ReadAsync(http.Request, options.MaxBodyBytes, cancellationToken);
        if (fields?.Params is not { } rawParams || AbrishParams.TryParse(rawParams) is not { } parameters)
        {
            return AbrishAnswer.Error(AbrishMessages.InvalidParams);
        }

        var db = services.GetRequiredService<AbrishDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var name = parameters.Text("serviceusername")?.Trim() ?? "";
        var registrant = name.Length is 0 or > RegistrantConfiguration.MaxNameLength
            ? null
            : await db.Registrants.AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        var verified = Checksums.Matches(rawParams, registrant?.ApiKey ?? AbsentRegistrantKey, registrant?.Sha256Checksums ?? false, fields.Checksum);
        if (registrant is null || !verified)
        {
            return AbrishAnswer.Error(AbrishMessages.AuthenticationFailed);
        }

        try
        {
            if (registrant.ReplayWindowSeconds > 0
                && await ReplayGuard.CheckAsync(db, registrant, parameters, clock, cancellationToken) is { } replayError)
            {
                return AbrishAnswer.Error(replayError);
            }

            if (!AbrishActionTable.Modules.TryGetValue(parameters.Text("mod") ?? "", out var actions))
            {
                return AbrishAnswer.Error(AbrishMessages.UnknownModule);
            }

            if (!actions.TryGetValue(parameters.Text("action") ?? "", out var action))
            {
                return AbrishAnswer.Error(AbrishMessages.UnknownAction);
            }

            return await action(new AbrishCall(db, registrant, parameters, clock, options, cancellationToken));
        }
        catch (Exception exception) when (exception is DbUpdateException or System.Data.Common.DbException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            LogFailure(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AbrishServiceApi)), exception);
            return AbrishAnswer.Error(AbrishMessages.ServerError);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Abrish call failed")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
